package org.observa.domain.pollingstation;

import java.util.List;
import org.observa.domain.reference.DivisionLevel;

/** Port: aggregates of an election's stations and visits, computed where they are kept. */
public interface ObservationStatsRepository {

    /**
     * A number that changes, in the same transaction, with every write to the election's stations or
     * visits: equal numbers mean equal tallies.
     */
    long version(String electionId);

    /** The codes of the country's divisions of this level, in code order. */
    List<String> divisionsAt(String countryId, DivisionLevel level);

    /** Counts of the election's stations and visits (of one mission, if the query names one) by division of the level. */
    ObservationTally tally(ObservationStatsQuery query);

    /** The answers to a form version in the election's visits (of one mission, if the query names one) by division of the level. */
    FormTally formTally(FormStatsQuery query);
}
