package org.observa.domain.tabulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the station-result store, with sums by province (the first two code segments). */
class InMemoryStationResults implements StationResultRepository {

    final Map<UUID, StationResult> rows = new LinkedHashMap<>();
    int summed;

    @Override
    public Optional<StationResult> byStation(UUID stationId) {
        return Optional.ofNullable(rows.get(stationId));
    }

    @Override
    public Optional<StationResult> byStationForUpdate(UUID stationId) {
        return byStation(stationId);
    }

    @Override
    public Page<StationResult> search(StationResultQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(StationResultQuery query, Consumer<StationResult> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(StationResult result) {
        rows.put(result.stationId(), result);
    }

    @Override
    public void save(StationResult result) {
        rows.put(result.stationId(), result);
    }

    @Override
    public void remove(UUID stationId) {
        rows.remove(stationId);
    }

    @Override
    public ResultSums sums(String electionId, DivisionLevel level) {
        summed++;
        Map<String, SummedResults> byDivision = new HashMap<>();
        SummedResults totals = SummedResults.NONE;
        for (StationResult r : rows.values()) {
            if (!r.electionId().equals(electionId)) {
                continue;
            }
            String[] code = r.divisionId().split("-");
            String province = code[0] + "-" + code[1];
            byDivision.put(province, plus(byDivision.getOrDefault(province, SummedResults.NONE), r.figures()));
            totals = plus(totals, r.figures());
        }
        return new ResultSums(byDivision, totals);
    }

    private static SummedResults plus(SummedResults sums, ResultFigures f) {
        Map<UUID, Long> votes = new HashMap<>(sums.votes());
        f.votes().forEach(v -> votes.merge(v.participationId(), v.votes(), Long::sum));
        return new SummedResults(sums.stations() + 1, sums.registeredVoters() + orZero(f.registeredVoters()),
                sums.ballotsCast() + orZero(f.ballots()), sums.validVotes() + f.validVotes(),
                sums.invalidVotes() + orZero(f.invalidVotes()), votes);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
