package org.observa.domain.tabulation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the results observers copied at stations are kept. */
public interface ObservedResultRepository {

    Optional<ObservedResult> byId(UUID id);

    Optional<ObservedResult> byIdForUpdate(UUID id);

    boolean existsForVisit(UUID visitId);

    /** Observed results matching the query, by station, then in the order they were recorded. */
    Page<ObservedResult> search(ObservedResultQuery query, PageRequest page);

    void forEach(ObservedResultQuery query, Consumer<ObservedResult> sink);

    /**
     * The observed results of the election (in the division and those under it, if given) whose figures differ
     * from their station's official result, by station: each with that result.
     */
    Page<java.util.Map.Entry<ObservedResult, StationResult>> differingFromOfficial(String electionId, String divisionId,
                                                                                  PageRequest page);

    void insert(ObservedResult result);

    void save(ObservedResult result);

    void remove(UUID id);
}
