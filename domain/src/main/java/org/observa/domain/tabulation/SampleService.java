package org.observa.domain.tabulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ElectionResultsRepository;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.party.ResultRow;
import org.observa.domain.party.ResultTotal;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.RecentResults;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of samples for a parallel vote tabulation: drawn once (from a seed, see {@link SampleDraw}, or listed by
 * the mission) among the stations of the mission's election, never changed after; secret until the election is
 * over (see {@link SampleVisibility}); estimated from the mission's observed results at its stations (see
 * {@link PvtEstimator}). An estimate is cached under the election's data version, which every observed result
 * raises, and the results table's, so it is recomputed only when something it reads has changed.
 */
public class SampleService {

    static final String RESOURCE = "sample";
    static final int MAX_SIZE = 10_000;

    private final SampleRepository samples;
    private final MissionRepository missions;
    private final ElectionRepository elections;
    private final ParticipationRepository participations;
    private final ElectionResultsRepository tables;
    private final ObservationStatsRepository data;
    private final Clock clock;
    private final RecentResults<Key, SampleEstimate> recent = new RecentResults<>(32);

    private record Key(UUID sampleId, long version, Instant tableUpdatedAt, int participations) {
    }

    public SampleService(SampleRepository samples, MissionRepository missions, ElectionRepository elections,
                         ParticipationRepository participations, ElectionResultsRepository tables,
                         ObservationStatsRepository data, Clock clock) {
        this.samples = samples;
        this.missions = missions;
        this.elections = elections;
        this.participations = participations;
        this.tables = tables;
        this.data = data;
        this.clock = clock;
    }

    public Sample get(UUID id, SampleVisibility visibility) {
        Sample sample = samples.byId(id).orElse(null);
        if (sample == null || !visible(sample.missionId(), sample.electionId(), visibility)) {
            throw new NotFoundException(RESOURCE, id.toString());
        }
        return sample;
    }

    public Page<Sample> list(SampleQuery query, PageRequest page) {
        return samples.search(query, page);
    }

    /** Whether the reader may see the sample: its organisation or an ADMIN always; anyone once its election is over. */
    private boolean visible(UUID missionId, String electionId, SampleVisibility visibility) {
        if (visibility.everything()) {
            return true;
        }
        Mission mission = missions.byId(missionId).orElse(null);
        if (mission != null && Objects.equals(mission.organizationId(), visibility.organizationId())) {
            return true;
        }
        return isOver(elections.byId(electionId).orElseThrow(), visibility.now());
    }

    /** An election is over from the start of the day after polling day, in its own time zone. */
    static boolean isOver(Election election, Instant now) {
        Instant end = election.pollingDate().plusDays(1).atStartOfDay(ZoneId.of(election.timeZone())).toInstant();
        return !now.isBefore(end);
    }

    public Sample create(SampleDraft draft) {
        Violations violations = new Violations();
        Mission mission = missions.referenced(draft.missionId(), violations);
        violations.notNull("method", draft.method());
        if (mission == null || draft.method() == null) {
            violations.throwIfAny();
        }
        List<FrameStation> frame = samples.frame(mission.electionId());
        List<FrameStation> drawn = draft.method() == SampleMethod.STRATIFIED_RANDOM
                ? drawn(draft, frame, violations) : listed(draft, frame, violations);
        violations.throwIfAny();
        Sample sample = new Sample(UUID.randomUUID(), mission.id(), mission.electionId(), draft.method(),
                draft.method() == SampleMethod.STRATIFIED_RANDOM ? draft.seed() : null, drawn.size(),
                drawn.stream().map(s -> new SampleStation(s.stationId(), s.stratum())).toList(), Timestamps.now(clock));
        samples.insert(sample);
        return sample;
    }

    /** Deletes a sample while it is still secret; once its election is over it is part of the record. */
    public void delete(Sample sample) {
        if (isOver(elections.byId(sample.electionId()).orElseThrow(), clock.instant())) {
            throw new ConflictException("Sample '" + sample.id() + "' is public since its election is over; it stays.");
        }
        samples.remove(sample.id());
    }

    /**
     * The estimate from the reports so far: each participation's share of the valid votes and the turnout with
     * 95 % margins, beside the official national figures of the results table, or no estimate while a stratum has
     * fewer than {@link PvtEstimator#MIN_REPORTS_PER_STRATUM} reports.
     */
    public SampleEstimate estimate(UUID sampleId, SampleVisibility visibility) {
        SampleSummary sample = samples.summary(sampleId)
                .filter(s -> visible(s.missionId(), s.electionId(), visibility))
                .orElseThrow(() -> new NotFoundException(RESOURCE, sampleId.toString()));
        List<UUID> parties = participations.idsOfElection(sample.electionId());
        ElectionResults table = tables.byElection(sample.electionId()).orElse(null);
        Key key = new Key(sample.id(), data.version(sample.electionId()), table == null ? null : table.updatedAt(),
                parties.hashCode());
        // the sample's stations are read only to compute: a cached estimate needs only the summary
        return recent.get(key, () -> computed(samples.byId(sampleId).orElseThrow(), parties, table));
    }

    private SampleEstimate computed(Sample sample, List<UUID> parties, ElectionResults table) {
        Map<UUID, StationCount> reports = samples.reports(sample);
        Map<String, Long> population = samples.stationsPerStratum(sample.electionId());
        Map<String, List<SampleStation>> byStratum = sample.stations().stream()
                .collect(Collectors.groupingBy(SampleStation::stratum, java.util.TreeMap::new, Collectors.toList()));
        List<StratumReports> strata = new ArrayList<>();
        byStratum.forEach((stratum, stations) -> strata.add(new StratumReports(stratum, population.getOrDefault(stratum, 0L),
                stations.size(), stations.stream().map(s -> reports.get(s.stationId())).filter(Objects::nonNull).toList())));
        int reported = reports.size();
        if (!PvtEstimator.enoughReports(strata)) {
            return new SampleEstimate(sample.id(), sample.electionId(), sample.size(), reported, false,
                    "Too few sample stations have reported: every province of the sample needs "
                            + PvtEstimator.MIN_REPORTS_PER_STRATUM + " reports (or all its sample stations) before the"
                            + " estimate and its margin of error mean anything.", Map.of(), null);
        }
        Map<UUID, Double> official = officialShares(table);
        Map<UUID, ShareEstimate> shares = new LinkedHashMap<>();
        PvtEstimator.shares(strata, parties).forEach((id, share) -> shares.put(id, share.withOfficial(official.get(id))));
        ShareEstimate turnout = PvtEstimator.turnout(strata);
        return new SampleEstimate(sample.id(), sample.electionId(), sample.size(), reported, true, null, shares,
                turnout == null ? null : turnout.withOfficial(officialTurnout(table)));
    }

    /** Each participation's official national share of the valid votes, from the results table; empty without one. */
    private static Map<UUID, Double> officialShares(ElectionResults table) {
        if (table == null) {
            return Map.of();
        }
        Long valid = table.totals().stream().filter(t -> t.divisionId() == null).map(ResultTotal::validVotes)
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<ResultRow> national = table.rows().stream().filter(r -> r.divisionId() == null).toList();
        long denominator = valid != null ? valid : national.stream().mapToLong(ResultRow::votes).sum();
        if (denominator == 0) {
            return Map.of();
        }
        return national.stream().collect(Collectors.toMap(ResultRow::participationId,
                r -> (double) r.votes() / denominator, (a, b) -> a));
    }

    private static Double officialTurnout(ElectionResults table) {
        return java.util.Optional.ofNullable(table).flatMap(t -> t.totals().stream().filter(x -> x.divisionId() == null).findFirst())
                .filter(t -> t.registeredVoters() != null && t.registeredVoters() > 0 && t.validVotes() != null)
                .map(t -> (double) (t.validVotes() + (t.invalidVotes() == null ? 0 : t.invalidVotes())) / t.registeredVoters())
                .orElse(null);
    }

    private static List<FrameStation> drawn(SampleDraft draft, List<FrameStation> frame, Violations violations) {
        violations.notNull("seed", draft.seed()).notNull("size", draft.size());
        violations.require(draft.stationIds().isEmpty(), "stationIds", "is for method LIST; a drawn sample has a seed and a size");
        if (draft.size() != null) {
            violations.require(draft.size() >= 1 && draft.size() <= Math.min(MAX_SIZE, frame.size()), "size",
                    "must be from 1 to the election's " + frame.size() + " stations (at most " + MAX_SIZE + ")");
        }
        if (draft.seed() == null || draft.size() == null || draft.size() < 1 || draft.size() > frame.size()) {
            return List.of();
        }
        return SampleDraw.draw(frame, draft.size(), draft.seed());
    }

    private static List<FrameStation> listed(SampleDraft draft, List<FrameStation> frame, Violations violations) {
        violations.require(draft.seed() == null && draft.size() == null, "seed",
                "is for method STRATIFIED_RANDOM; a listed sample gives its stationIds");
        violations.require(!draft.stationIds().isEmpty() && draft.stationIds().size() <= MAX_SIZE, "stationIds",
                "must list 1 to " + MAX_SIZE + " stations");
        Map<UUID, FrameStation> byId = frame.stream().collect(Collectors.toMap(FrameStation::stationId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<FrameStation> listed = new ArrayList<>();
        for (int i = 0; i < draft.stationIds().size(); i++) {
            UUID id = draft.stationIds().get(i);
            String field = "stationIds[" + i + "]";
            if (id == null || !byId.containsKey(id)) {
                violations.add(field, "is not a polling station of the mission's election");
            } else if (!seen.add(id)) {
                violations.add(field, "appears twice");
            } else {
                listed.add(byId.get(id));
            }
        }
        return listed;
    }
}
