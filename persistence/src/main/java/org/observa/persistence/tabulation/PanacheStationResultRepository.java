package org.observa.persistence.tabulation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.tabulation.ResultSums;
import org.observa.domain.tabulation.StationResult;
import org.observa.domain.tabulation.StationResultQuery;
import org.observa.domain.tabulation.StationResultRepository;
import org.observa.domain.tabulation.SummedResults;
import org.observa.persistence.shared.DivisionCodes;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheStationResultRepository
        implements StationResultRepository, PanacheRepositoryBase<StationResultEntity, UUID> {

    /** The key of the totals' rows, which no division code can be. */
    private static final String TOTAL = "";

    @Override
    public Optional<StationResult> byStation(UUID stationId) {
        return findByIdOptional(stationId).map(StationResultEntity::toDomain);
    }

    @Override
    public Optional<StationResult> byStationForUpdate(UUID stationId) {
        return findByIdOptional(stationId, LockModeType.PESSIMISTIC_WRITE).map(StationResultEntity::toDomain);
    }

    @Override
    public Page<StationResult> search(StationResultQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("stationId > :afterStation", Map.of("afterStation", page.afterUuid(0)));
        }
        List<StationResultEntity> rows = find(filters.query("StationResultEntity", "stationId"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), r -> List.of(r.stationId.toString())).map(StationResultEntity::toDomain);
    }

    @Override
    public void forEach(StationResultQuery query, Consumer<StationResult> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("StationResultEntity", "stationId"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(StationResultQuery query) {
        Filters filters = new Filters().equal("electionId", query.electionId()).atLeast("updatedAt", query.updatedSince());
        DivisionFilter.within(filters, "divisionId", query.divisionId());
        return filters;
    }

    @Override
    public void insert(StationResult result) {
        persist(StationResultEntity.from(result));
        Flushes.flush(getEntityManager(), () -> new ConflictException("Station '" + result.stationId()
                + "' has its result already, or changed at the same time."));
    }

    @Override
    public void save(StationResult result) {
        findById(result.stationId()).copyChangeableFields(result);
        Flushes.flush(getEntityManager(), () -> new ConflictException("The result of station '" + result.stationId()
                + "' could not be saved: its station changed at the same time."));
    }

    @Override
    public void remove(UUID stationId) {
        deleteById(stationId);
        Flushes.removal(getEntityManager(), "The result of station '" + stationId + "'");
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResultSums sums(String electionId, DivisionLevel level) {
        String division = DivisionCodes.atLevel("r.division_id", level);
        Map<String, long[]> figures = new HashMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery("select " + division + ", grouping("
                        + division + "), count(*), coalesce(sum(r.registered_voters), 0),"
                        + " coalesce(sum(" + FigureColumns.ballotsSql("r") + "), 0),"
                        + " coalesce(sum(r.valid_votes), 0), coalesce(sum(r.invalid_votes), 0)"
                        + " from station_result r where r.election_id = :election"
                        + " group by grouping sets ((" + division + "), ())")
                .setParameter("election", electionId).getResultList()) {
            figures.put(key(row), new long[] {number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6])});
        }
        Map<String, Map<UUID, Long>> votes = new HashMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery("select " + division + ", grouping("
                        + division + "), v.\"participationId\", sum(v.votes)"
                        + " from station_result r cross join lateral jsonb_to_recordset(r.votes) as v (\"participationId\" uuid, votes bigint)"
                        + " where r.election_id = :election"
                        + " group by grouping sets ((" + division + ", v.\"participationId\"), (v.\"participationId\"))")
                .setParameter("election", electionId).getResultList()) {
            votes.computeIfAbsent(key(row), k -> new HashMap<>()).put((UUID) row[2], number(row[3]));
        }
        Map<String, SummedResults> byDivision = new HashMap<>();
        figures.forEach((divisionId, f) -> {
            if (!TOTAL.equals(divisionId)) {
                byDivision.put(divisionId, summed(f, votes.getOrDefault(divisionId, Map.of())));
            }
        });
        long[] totals = figures.get(TOTAL);
        return new ResultSums(byDivision, totals == null ? SummedResults.NONE : summed(totals, votes.getOrDefault(TOTAL, Map.of())));
    }

    private static SummedResults summed(long[] f, Map<UUID, Long> votes) {
        return new SummedResults(f[0], f[1], f[2], f[3], f[4], votes);
    }

    private static String key(Object[] row) {
        if (number(row[1]) == 1) {
            return TOTAL;
        }
        return row[0] == null ? "(above the level)" : (String) row[0];
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
