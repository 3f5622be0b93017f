package org.observa.domain.party;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of results tables. A table is replaced as a whole and checked as a whole, so that it is
 * stored entirely or not at all, and every bad row is reported at once: only REGISTERED participations of
 * the election get rows, one row per participation and division, votes and seats are not negative, the
 * seats of the country add up to at most the election's seats, division rows are of divisions of the
 * election's country and all of one level, and no area's rows hold more votes than its valid votes.
 * Every write holds the election, so participations cannot change under a table being written.
 */
public class ElectionResultsService {

    static final String RESOURCE = "results table of election";
    static final int MAX_TEXT = 4000;
    private static final String ELECTION = "election";

    /** What a table has one row for: a participation in an area (null for the whole country). */
    private record RowKey(UUID participationId, String divisionId) {
    }

    private final ElectionResultsRepository results;
    private final ElectionRepository elections;
    private final ParticipationRepository participations;
    private final PartyRepository parties;
    private final DivisionRepository divisions;
    private final Clock clock;

    public ElectionResultsService(ElectionResultsRepository results, ElectionRepository elections,
                                  ParticipationRepository participations, PartyRepository parties,
                                  DivisionRepository divisions, Clock clock) {
        this.results = results;
        this.elections = elections;
        this.participations = participations;
        this.parties = parties;
        this.divisions = divisions;
        this.clock = clock;
    }

    public ElectionResults get(String electionId) {
        if (elections.byId(electionId).isEmpty()) {
            throw new NotFoundException(ELECTION, electionId);
        }
        return results.byElection(electionId).orElseThrow(() -> new NotFoundException(RESOURCE, electionId));
    }

    /** Holds the election until the transaction ends and reads its results table, if it has one. */
    public Optional<ElectionResults> findForUpdate(String electionId) {
        lockElection(electionId);
        return results.byElection(electionId);
    }

    /** Holds the election until the transaction ends and reads its results table, which must exist. */
    public ElectionResults getForUpdate(String electionId) {
        return findForUpdate(electionId).orElseThrow(() -> new NotFoundException(RESOURCE, electionId));
    }

    /** Stores the first results table of an election. */
    public ElectionResults create(String electionId, ElectionResultsDraft draft) {
        Election election = lockElection(electionId);
        ElectionResults created = check(election, draft, Timestamps.now(clock), null);
        results.replace(created);
        return created;
    }

    /** Replaces the election's results table; an upload of the same figures changes nothing. */
    public ElectionResults replace(ElectionResults current, ElectionResultsDraft draft) {
        Election election = lockElection(current.electionId());
        ElectionResults replacement = check(election, draft, Timestamps.now(clock), current.createdAt());
        if (replacement.sameContentAs(current)) {
            return current;
        }
        results.replace(replacement);
        return replacement;
    }

    public void delete(ElectionResults current) {
        results.remove(current.electionId());
    }

    /** The table as read: the country's results and, grouped by division, each division's. */
    public ElectionResultsView view(ElectionResults table, ResultsGrouping grouping) {
        Election election = elections.byId(table.electionId())
                .orElseThrow(() -> new NotFoundException(ELECTION, table.electionId()));
        List<AreaResults> byDivision = grouping == ResultsGrouping.DIVISION ? ResultsTally.byDivision(table) : List.of();
        Map<UUID, Party> named = new HashMap<>();
        table.rows().stream().map(ResultRow::partyId).distinct()
                .forEach(id -> parties.byId(id).ifPresent(party -> named.put(id, party)));
        Map<String, Division> areas = new HashMap<>();
        byDivision.forEach(area -> divisions.byId(area.divisionId()).ifPresent(d -> areas.put(d.id(), d)));
        return new ElectionResultsView(table, election, grouping, ResultsTally.national(table), byDivision, named, areas);
    }

    private Election lockElection(String electionId) {
        return elections.byIdForUpdate(electionId).orElseThrow(() -> new NotFoundException(ELECTION, electionId));
    }

    private ElectionResults check(Election election, ElectionResultsDraft draft, Instant now, Instant createdAt) {
        Violations violations = new Violations();
        violations.notNull("status", draft.status())
                .sources("sources", draft.sources())
                .optionalText("notes", draft.notes(), MAX_TEXT);
        if (draft.announcedOn() != null) {
            violations.require(!draft.announcedOn().isBefore(election.pollingDate()), "announcedOn",
                    "cannot be before the election's polling date " + election.pollingDate());
        }
        Areas areas = new Areas(election.countryId());
        List<ResultRow> rows = checkRows(election, draft.rows(), areas, violations);
        checkTotals(draft.totals(), areas, violations);
        ElectionResults table = new ElectionResults(election.id(), draft.status(), draft.announcedOn(), draft.sources(),
                draft.notes(), rows, draft.totals(), createdAt == null ? now : createdAt, now);
        if (violations.isEmpty()) {
            checkArithmetic(election, table, violations);
        }
        violations.throwIfAny();
        return table;
    }

    private List<ResultRow> checkRows(Election election, List<ResultRowDraft> drafts, Areas areas,
                                      Violations violations) {
        List<Participation> ofElection = participations.ofElection(election.id());
        Map<UUID, Participation> byId = ofElection.stream()
                .collect(Collectors.toMap(Participation::id, Function.identity()));
        Map<UUID, Participation> byParty = ofElection.stream()
                .collect(Collectors.toMap(Participation::partyId, Function.identity()));
        Map<RowKey, Integer> firstRowOf = new HashMap<>();
        Integer firstDivisionRow = null;
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ResultRowDraft draft = drafts.get(i);
            String at = "rows[" + i + "]";
            Participation participation = participationOf(draft, election.id(), byId, byParty, at, violations);
            violations.notNull(at + ".votes", draft.votes())
                    .notNegative(at + ".votes", draft.votes())
                    .require(draft.seats() == null || draft.seats() >= 0, at + ".seats", "must not be negative");
            Division division = areas.check(draft.divisionId(), at + ".divisionId", violations);
            if (division != null) {
                if (firstDivisionRow == null) {
                    firstDivisionRow = i;
                } else {
                    DivisionLevel level = areas.levelOfRow(drafts.get(firstDivisionRow).divisionId());
                    violations.require(division.level() == level, at + ".divisionId", "is a " + division.level()
                            + ", but rows[" + firstDivisionRow + "] is of a " + level
                            + ": the division rows of a table are all of one level, so that none is counted twice");
                }
            }
            if (participation == null) {
                continue;
            }
            Integer earlier = firstRowOf.putIfAbsent(new RowKey(participation.id(), draft.divisionId()), i);
            if (earlier != null) {
                violations.add(at, "repeats the participation and division of rows[" + earlier
                        + "]: give one row per participation and division");
            }
            if (draft.votes() != null) {
                rows.add(new ResultRow(participation.id(), participation.partyId(), draft.divisionId(), draft.votes(),
                        draft.seats()));
            }
        }
        return rows;
    }

    /** The REGISTERED participation a row is for, named by its id or by its party; null after reporting why not. */
    private static Participation participationOf(ResultRowDraft row, String electionId, Map<UUID, Participation> byId,
                                                 Map<UUID, Participation> byParty, String at, Violations violations) {
        Participation participation;
        String field;
        if (row.participationId() != null) {
            field = at + ".participationId";
            participation = byId.get(row.participationId());
            if (participation == null) {
                violations.add(field, "there is no participation '" + row.participationId() + "' in election '"
                        + electionId + "'");
                return null;
            }
            if (row.partyId() != null && !row.partyId().equals(participation.partyId())) {
                violations.add(at + ".partyId", "is not the party of participation '" + participation.id()
                        + "'; give one of the two, or both for the same party");
                return null;
            }
        } else if (row.partyId() != null) {
            field = at + ".partyId";
            participation = byParty.get(row.partyId());
            if (participation == null) {
                violations.add(field, "party '" + row.partyId() + "' has no participation in election '" + electionId
                        + "'; record its participation first");
                return null;
            }
        } else {
            violations.add(at + ".participationId", "must not be null: name the participation, or its party in partyId");
            return null;
        }
        if (participation.status() != ParticipationStatus.REGISTERED) {
            violations.add(field, "is " + participation.status() + " in election '" + electionId
                    + "': only REGISTERED participations get results");
            return null;
        }
        return participation;
    }

    private static void checkTotals(List<ResultTotal> totals, Areas areas, Violations violations) {
        Map<String, Integer> firstTotalOf = new HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            ResultTotal total = totals.get(i);
            String at = "totals[" + i + "]";
            violations.notNull(at + ".validVotes", total.validVotes())
                    .notNegative(at + ".validVotes", total.validVotes())
                    .notNegative(at + ".invalidVotes", total.invalidVotes())
                    .notNegative(at + ".registeredVoters", total.registeredVoters());
            areas.check(total.divisionId(), at + ".divisionId", violations);
            Integer earlier = firstTotalOf.putIfAbsent(Objects.requireNonNullElse(total.divisionId(), ""), i);
            if (earlier != null) {
                violations.add(at, "repeats the area of totals[" + earlier + "]: give one total per area");
            }
        }
    }

    /** Rules over the whole table, checked once every row is valid on its own. */
    private static void checkArithmetic(Election election, ElectionResults table, Violations violations) {
        AreaResults national = ResultsTally.national(table);
        if (election.seats() != null && national.seats() != null) {
            violations.require(national.seats() <= election.seats(), "rows", "the seats add up to " + national.seats()
                    + " nationally, more than the election's " + election.seats() + " seats");
        }
        List<AreaResults> areas = new ArrayList<>(ResultsTally.byDivision(table));
        areas.add(national);
        for (AreaResults area : areas) {
            if (area.shareBasis() == ShareBasis.GIVEN_TOTAL && area.votesOfRows() > area.validVotes()) {
                int index = indexOfTotal(table.totals(), area.divisionId());
                violations.add("totals[" + index + "].validVotes", "is " + area.validVotes() + ", fewer than the "
                        + area.votesOfRows() + " votes the rows give " + (area.divisionId() == null ? "nationally"
                        : "in '" + area.divisionId() + "'"));
            }
        }
    }

    private static int indexOfTotal(List<ResultTotal> totals, String divisionId) {
        for (int i = 0; i < totals.size(); i++) {
            if (Objects.equals(totals.get(i).divisionId(), divisionId)) {
                return i;
            }
        }
        throw new IllegalStateException("an area with a given total has that total");
    }

    /** The divisions a table names, each looked up once, checked against the election's country. */
    private final class Areas {

        private final String countryId;
        private final Map<String, Optional<Division>> known = new HashMap<>();

        Areas(String countryId) {
            this.countryId = countryId;
        }

        /** The division, when the id names one of the country's; null when absent (national) or after reporting why not. */
        Division check(String divisionId, String field, Violations violations) {
            if (divisionId == null) {
                return null;
            }
            Division division = known.computeIfAbsent(divisionId, divisions::byId).orElse(null);
            if (division == null) {
                violations.add(field, "there is no division '" + divisionId + "'");
            } else if (division.level() == DivisionLevel.COUNTRY && division.id().equals(countryId)) {
                violations.add(field, "must be left out for the national figures: '" + countryId + "' is the country itself");
            } else if (!division.countryId().equals(countryId)) {
                violations.add(field, "is in '" + division.countryId() + "', not in the election's country '"
                        + countryId + "'");
            } else {
                return division;
            }
            return null;
        }

        DivisionLevel levelOfRow(String divisionId) {
            return known.get(divisionId).map(Division::level).orElseThrow();
        }
    }
}
