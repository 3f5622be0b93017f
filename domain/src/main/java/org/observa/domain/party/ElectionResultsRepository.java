package org.observa.domain.party;

import java.util.Optional;
import java.util.UUID;

/** Port: where the results tables of elections are kept. */
public interface ElectionResultsRepository {

    /** The election's results table with its rows and totals in the order they were uploaded. */
    Optional<ElectionResults> byElection(String electionId);

    /** Whether any results table has a row of this participation. */
    boolean listsParticipation(UUID participationId);

    /** Stores the table, replacing every row and total of the election's previous table, if any. */
    void replace(ElectionResults results);

    void remove(String electionId);
}
