package org.observa.domain.tabulation;

import java.time.Clock;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ElectionResultsRepository;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.party.Party;
import org.observa.domain.party.PartyRepository;
import org.observa.domain.party.ResultRow;
import org.observa.domain.party.ResultTotal;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationRepository;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.RecentResults;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.shared.Violations;

/**
 * The rules of official station results: one per station, of a participation list that is the station's
 * election's, with non-negative figures; sheets that do not add up are stored and flagged, never corrected. Sums
 * per division are computed by the database, cached under the election's data version like the observation
 * statistics, and set beside the election's results table wherever it has the same division.
 */
public class StationResultService {

    static final String RESOURCE = "station result";

    private record Key(String electionId, DivisionLevel level, long version) {
    }

    private final StationResultRepository results;
    private final PollingStationRepository stations;
    private final ParticipationRepository participations;
    private final ElectionRepository elections;
    private final ElectionResultsRepository tables;
    private final ObservationStatsRepository data;
    private final PartyRepository parties;
    private final Clock clock;
    private final RecentResults<Key, ResultSums> recent = new RecentResults<>(32);

    public StationResultService(StationResultRepository results, PollingStationRepository stations,
                                ParticipationRepository participations, ElectionRepository elections,
                                ElectionResultsRepository tables, ObservationStatsRepository data, PartyRepository parties,
                                Clock clock) {
        this.results = results;
        this.stations = stations;
        this.participations = participations;
        this.elections = elections;
        this.tables = tables;
        this.data = data;
        this.parties = parties;
        this.clock = clock;
    }

    /** The result of a station of the election. */
    public StationResult get(String electionId, UUID stationId) {
        return results.byStation(stationId).filter(r -> r.electionId().equals(electionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, stationId.toString()));
    }

    public StationResult getForUpdate(String electionId, UUID stationId) {
        return results.byStationForUpdate(stationId).filter(r -> r.electionId().equals(electionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, stationId.toString()));
    }

    public Page<StationResult> list(StationResultQuery query, PageRequest page) {
        election(query.electionId());
        return results.search(query, page);
    }

    public void export(StationResultQuery query, Consumer<StationResult> sink) {
        results.forEach(query, sink);
    }

    /** Records the official result of a station of the election (one per station). */
    public StationResult create(String electionId, StationResultDraft draft) {
        election(electionId);
        Violations violations = new Violations();
        PollingStation station = station(electionId, draft.stationId(), violations);
        check(electionId, draft.figures(), violations);
        violations.throwIfAny();
        if (results.byStation(station.id()).isPresent()) {
            throw new ConflictException("Station '" + station.id() + "' has its result already: change it with PATCH "
                    + "/v1/elections/" + electionId + "/station-results/" + station.id() + ".");
        }
        var now = Timestamps.now(clock);
        StationResult result = new StationResult(station.id(), electionId, station.divisionId(), draft.figures(), now, now);
        results.insert(result);
        return result;
    }

    /** Replaces the figures; a result stays with its station. */
    public StationResult update(StationResult current, StationResultDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.stationId(), draft.stationId()), "stationId",
                "cannot be changed; a result belongs to its station");
        check(current.electionId(), draft.figures(), violations);
        violations.throwIfAny();
        if (current.figures().sameAs(draft.figures())) {
            return current;
        }
        StationResult updated = new StationResult(current.stationId(), current.electionId(), current.divisionId(),
                draft.figures(), current.createdAt(), Timestamps.now(clock));
        results.save(updated);
        return updated;
    }

    /**
     * The election's participations by their party's abbreviation, for sheets that name parties as election
     * commissions print them (a CSV column per party); participations whose party has no abbreviation are left out.
     */
    public Map<String, UUID> participationsByAbbreviation(String electionId) {
        election(electionId);
        Map<String, UUID> byAbbreviation = new java.util.TreeMap<>();
        participations.ofElection(electionId).forEach(p -> parties.byId(p.partyId())
                .map(Party::abbreviation).filter(Objects::nonNull)
                .ifPresent(abbreviation -> byAbbreviation.put(abbreviation, p.id())));
        return byAbbreviation;
    }

    /** The id of the election's station with this official number, if there is one. */
    /** The ids of an election's stations with these official numbers, by number; numbers of no station are left out. */
    public Map<String, UUID> stationsNumbered(String electionId, Collection<String> numbers) {
        return stations.idsByNumber(electionId, numbers);
    }

    public void delete(StationResult result) {
        results.remove(result.stationId());
    }

    /**
     * The election's station results added up per division of the level (PROVINCE unless given) and in total, each
     * beside the results table's figures for the same division where the table has them.
     */
    public ResultTotals totals(String electionId, DivisionLevel level) {
        Election election = election(electionId);
        if (level == DivisionLevel.COUNTRY) {
            throw ValidationException.of("level", "must be PROVINCE, DISTRICT or COMMUNE; the country is in the totals");
        }
        DivisionLevel grouping = level == null ? DivisionLevel.PROVINCE : level;
        ResultSums sums = recent.get(new Key(electionId, grouping, data.version(electionId)),
                () -> results.sums(electionId, grouping));
        ElectionResults table = tables.byElection(electionId).orElse(null);
        List<DivisionResultTotals> rows = data.divisionsAt(election.countryId(), grouping).stream()
                .map(id -> compared(id, sums.byDivision().getOrDefault(id, SummedResults.NONE), table))
                .toList();
        return new ResultTotals(electionId, grouping, rows, compared(null, sums.totals(), table));
    }

    private static DivisionResultTotals compared(String divisionId, SummedResults sums, ElectionResults table) {
        if (table == null) {
            return new DivisionResultTotals(divisionId, sums, List.of(), false);
        }
        Map<UUID, Long> tableVotes = table.rows().stream().filter(r -> Objects.equals(r.divisionId(), divisionId))
                .collect(Collectors.toMap(ResultRow::participationId, ResultRow::votes, Long::sum));
        ResultTotal total = table.totals().stream().filter(t -> Objects.equals(t.divisionId(), divisionId))
                .findFirst().orElse(null);
        if (tableVotes.isEmpty() && total == null) {
            return new DivisionResultTotals(divisionId, sums, List.of(), false);
        }
        List<TableDifference> differences = new ArrayList<>();
        if (sums.stations() == 0) {
            // no station has reported: every figure would differ, and none of it would say anything
            return new DivisionResultTotals(divisionId, sums, differences, true);
        }
        if (total != null) {
            differ("validVotes", null, sums.validVotes(), total.validVotes(), differences);
            differ("invalidVotes", null, sums.invalidVotes(), total.invalidVotes(), differences);
            differ("registeredVoters", null, sums.registeredVoters(), total.registeredVoters(), differences);
        }
        Set<UUID> parties = new HashSet<>(tableVotes.keySet());
        parties.addAll(sums.votes().keySet());
        parties.stream().sorted().forEach(id -> differ("votes", id, sums.votes().getOrDefault(id, 0L),
                tableVotes.getOrDefault(id, 0L), differences));
        return new DivisionResultTotals(divisionId, sums, differences, true);
    }

    private static void differ(String figure, UUID participation, long stations, Long table, List<TableDifference> out) {
        if (table != null && stations != table) {
            out.add(new TableDifference(figure, participation, stations, table));
        }
    }

    private void check(String electionId, ResultFigures figures, Violations violations) {
        if (figures == null) {
            violations.add("validVotes", "must not be null");
            return;
        }
        figures.check(participations.idsOfElection(electionId), electionId, violations);
    }

    private PollingStation station(String electionId, UUID stationId, Violations violations) {
        if (stationId == null) {
            violations.add("stationId", "must not be null");
            return null;
        }
        PollingStation station = stations.byId(stationId).orElse(null);
        if (station == null) {
            violations.add("stationId", "there is no polling station '" + stationId + "'");
        } else if (!station.electionId().equals(electionId)) {
            violations.add("stationId", "is a station of election '" + station.electionId() + "', not of '" + electionId + "'");
        }
        return station;
    }

    private Election election(String electionId) {
        return elections.byId(electionId).orElseThrow(() -> new NotFoundException("election", electionId));
    }
}
