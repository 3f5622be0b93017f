package org.observa.domain.tabulation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the official results of polling stations are kept. */
public interface StationResultRepository {

    Optional<StationResult> byStation(UUID stationId);

    /** Reads a station's result and holds it against concurrent changes until the transaction ends. */
    Optional<StationResult> byStationForUpdate(UUID stationId);

    /** The results matching the query, by station id. */
    Page<StationResult> search(StationResultQuery query, PageRequest page);

    void forEach(StationResultQuery query, Consumer<StationResult> sink);

    void insert(StationResult result);

    void save(StationResult result);

    void remove(UUID stationId);

    /** The station results of an election added up per division at the level and in total. */
    ResultSums sums(String electionId, org.observa.domain.reference.DivisionLevel level);
}
