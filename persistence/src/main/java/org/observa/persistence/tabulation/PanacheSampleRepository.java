package org.observa.persistence.tabulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.tabulation.FrameStation;
import org.observa.domain.tabulation.PartyVotes;
import org.observa.domain.tabulation.Sample;
import org.observa.domain.tabulation.SampleQuery;
import org.observa.domain.tabulation.SampleRepository;
import org.observa.domain.tabulation.SampleSummary;
import org.observa.domain.tabulation.StationCount;
import org.observa.persistence.shared.DivisionCodes;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;

@ApplicationScoped
public class PanacheSampleRepository implements SampleRepository, PanacheRepositoryBase<SampleEntity, UUID> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<PartyVotes>> VOTES = new TypeReference<>() {
    };
    /** A station's province, or its own division when it lies above the provinces. */
    private static final String STRATUM = "coalesce(" + DivisionCodes.atLevel("s.division_id", DivisionLevel.PROVINCE)
            + ", s.division_id)";

    @Override
    public Optional<Sample> byId(UUID id) {
        return findByIdOptional(id).map(SampleEntity::toDomain);
    }

    @Override
    public Optional<SampleSummary> summary(UUID id) {
        return getEntityManager().createQuery("select new org.observa.domain.tabulation.SampleSummary(id, missionId,"
                        + " electionId) from SampleEntity where id = :id", SampleSummary.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Sample> search(SampleQuery query, PageRequest page) {
        Filters filters = new Filters().equal("missionId", query.missionId()).equal("electionId", query.electionId());
        if (!query.visibility().everything()) {
            // a sample is secret until the day after polling day, in the election's own time zone
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("now", query.visibility().now());
            String readers = "exists (select 1 from ElectionEntity e where e.id = electionId"
                    + " and function('observa_election_over', e.pollingDate, e.timeZone, :now) = true)";
            if (query.visibility().organizationId() != null) {
                readers += " or missionId in (select m.id from MissionEntity m where m.organizationId = :reader)";
                parameters.put("reader", query.visibility().organizationId());
            }
            filters.where(readers, parameters);
        }
        if (!page.isFirst()) {
            filters.where("(createdAt, id) < (:afterCreated, :afterId)",
                    Map.of("afterCreated", page.afterInstant(0), "afterId", page.afterUuid(1)));
        }
        List<SampleEntity> rows = find(filters.query("SampleEntity", "createdAt desc, id desc"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), s -> List.of(s.createdAt.toString(), s.id.toString())).map(SampleEntity::toDomain);
    }

    @Override
    public void insert(Sample sample) {
        persist(SampleEntity.from(sample));
        Flushes.flush(getEntityManager(), () -> new IllegalStateException("a new sample's id was taken"));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Sample '" + id + "'");
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<FrameStation> frame(String electionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select s.id, " + STRATUM
                        + ", coalesce(s.registered_voters, 0) from polling_station s where s.election_id = :election")
                .setParameter("election", electionId).getResultList();
        return rows.stream().map(r -> new FrameStation((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Long> stationsPerStratum(String electionId) {
        Map<String, Long> counts = new HashMap<>();
        ((List<Object[]>) getEntityManager().createNativeQuery("select " + STRATUM + ", count(*) from polling_station s"
                        + " where s.election_id = :election group by 1")
                .setParameter("election", electionId).getResultList())
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, StationCount> reports(Sample sample) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select distinct on (o.station_id) o.station_id, o.valid_votes, cast(o.votes as text), %s,
                               coalesce(o.registered_voters, s.registered_voters)
                        from observed_result o join polling_station s on s.id = o.station_id
                        where o.mission_id = :mission and o.election_id = :election
                          and o.station_id in (select cast(x ->> 'stationId' as uuid)
                                               from sample p, jsonb_array_elements(p.stations) x where p.id = :sample)
                        order by o.station_id, o.updated_at desc""".formatted(FigureColumns.ballotsSql("o")))
                .setParameter("mission", sample.missionId()).setParameter("election", sample.electionId())
                .setParameter("sample", sample.id()).getResultList();
        Map<UUID, StationCount> reports = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Map<UUID, Long> votes = new HashMap<>();
            votesOf((String) row[2]).forEach(v -> votes.put(v.participationId(), v.votes()));
            reports.put((UUID) row[0], new StationCount(((Number) row[1]).longValue(), votes,
                    row[3] == null ? null : ((Number) row[3]).longValue(), row[4] == null ? null : ((Number) row[4]).longValue()));
        }
        return reports;
    }

    private static List<PartyVotes> votesOf(String json) {
        try {
            return JSON.readValue(json, VOTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored votes that are not JSON", e);
        }
    }
}
