package org.observa.domain.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionQuery;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of registry snapshots — one per division, date and source; counts that can be true; an
 * election of the division's own country — and the views derived from them: indicators, changes, anomalies.
 */
public class RegistrySnapshotService {

    static final String RESOURCE = "registry snapshot";

    /** More people than live on Earth: a larger count is a typo, and the bound keeps every sum of counts exact. */
    public static final long MAX_COUNT = 10_000_000_000L;

    private static final int EXPORT_BATCH = 500;

    private record TrendPosition(LocalDate referenceDate, UUID id) {

        static final Comparator<TrendPosition> ORDER = Comparator.comparing(TrendPosition::referenceDate)
                .thenComparing(TrendPosition::id);

        static TrendPosition of(SnapshotAnalysis analysis) {
            return new TrendPosition(analysis.snapshot().referenceDate(), analysis.snapshot().id());
        }

        static TrendPosition after(PageRequest page) {
            return page.isFirst() ? null : new TrendPosition(page.afterDate(0), page.afterUuid(1));
        }

        List<String> cursor() {
            return List.of(referenceDate.toString(), id.toString());
        }
    }

    private record AnomalyPosition(long severityRank, LocalDate referenceDate, UUID id) {

        static final Comparator<AnomalyPosition> ORDER = Comparator
                .comparingLong(AnomalyPosition::severityRank).reversed()
                .thenComparing(AnomalyPosition::referenceDate, Comparator.reverseOrder())
                .thenComparing(AnomalyPosition::id);

        static AnomalyPosition of(SnapshotAnalysis analysis) {
            return new AnomalyPosition(analysis.worstSeverity().ordinal(), analysis.snapshot().referenceDate(),
                    analysis.snapshot().id());
        }

        static AnomalyPosition after(PageRequest page) {
            return page.isFirst() ? null : new AnomalyPosition(page.afterLong(0), page.afterDate(1), page.afterUuid(2));
        }

        List<String> cursor() {
            return List.of(Long.toString(severityRank), referenceDate.toString(), id.toString());
        }
    }

    private final RegistrySnapshotRepository snapshots;
    private final DivisionRepository divisions;
    private final ElectionRepository elections;
    private final Clock clock;

    public RegistrySnapshotService(RegistrySnapshotRepository snapshots, DivisionRepository divisions,
                                   ElectionRepository elections, Clock clock) {
        this.snapshots = snapshots;
        this.divisions = divisions;
        this.elections = elections;
        this.clock = clock;
    }

    public RegistrySnapshot get(UUID id) {
        return snapshots.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a snapshot to change it: nobody else can change it until the transaction ends. */
    public RegistrySnapshot getForUpdate(UUID id) {
        return snapshots.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** The snapshot of a division at a date from a source (its natural key), if there is one. */
    public java.util.Optional<RegistrySnapshot> find(String divisionId, LocalDate referenceDate, String sourceCitation) {
        return snapshots.byKey(divisionId, referenceDate, sourceCitation);
    }

    public Page<RegistrySnapshot> list(RegistrySnapshotQuery query, PageRequest page) {
        return snapshots.search(query, page);
    }

    public RegistrySnapshot create(RegistrySnapshotDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a snapshot under a given id, so that a demo record has the same URL on every installation. */
    public RegistrySnapshot create(UUID id, RegistrySnapshotDraft draft) {
        Violations violations = new Violations();
        checkFields(draft, violations);
        violations.throwIfAny();
        requireUnique(draft, null);
        RegistrySnapshot snapshot = RegistrySnapshot.create(id, draft, Timestamps.now(clock));
        snapshots.insert(snapshot);
        return snapshot;
    }

    /** Replaces every field; the id stays. */
    public RegistrySnapshot update(RegistrySnapshot current, RegistrySnapshotDraft draft) {
        Violations violations = new Violations();
        checkFields(draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        requireUnique(draft, current.id());
        RegistrySnapshot updated = current.updatedWith(draft, Timestamps.now(clock));
        snapshots.save(updated);
        return updated;
    }

    public void delete(RegistrySnapshot snapshot) {
        snapshots.remove(snapshot.id());
    }

    public SnapshotAnalysis analyse(RegistrySnapshot snapshot) {
        return analyse(List.of(snapshot)).get(0);
    }

    /**
     * Every snapshot matching the query with its derived values, in list order. Snapshots are analysed
     * in batches, so memory stays bounded however many there are.
     */
    public void export(RegistrySnapshotQuery query, Consumer<SnapshotAnalysis> sink) {
        List<RegistrySnapshot> batch = new ArrayList<>(EXPORT_BATCH);
        snapshots.forEach(query, snapshot -> {
            batch.add(snapshot);
            if (batch.size() == EXPORT_BATCH) {
                analyse(batch).forEach(sink);
                batch.clear();
            }
        });
        analyse(batch).forEach(sink);
    }

    public Page<SnapshotAnalysis> analyse(Page<RegistrySnapshot> page) {
        return new Page<>(analyse(page.items()), page.next());
    }

    /** A division's snapshots in reference-date order (then by id), ready to chart. */
    public Page<SnapshotAnalysis> trend(String divisionId, PageRequest page) {
        if (divisions.byId(divisionId).isEmpty()) {
            throw new NotFoundException("division", divisionId);
        }
        List<SnapshotAnalysis> history = analyse(snapshots.ofDivisions(Set.of(divisionId)), Set.of(divisionId));
        return SortedPages.page(history, TrendPosition::of, TrendPosition.ORDER, TrendPosition.after(page), page.size(),
                TrendPosition::cursor);
    }

    /**
     * Every flagged snapshot of a country and of the divisions inside it: the most severe first, then the
     * most recent, then by id. Flags are derived on read, so the whole country is analysed for each page.
     */
    public Page<SnapshotAnalysis> anomalies(String countryId, PageRequest page) {
        List<RegistrySnapshot> country = snapshots.inCountry(countryId);
        Map<String, List<String>> provinces = provincesOfCountriesAmong(country);
        RegistryAnalyst analyst = new RegistryAnalyst(country, provinces);
        List<SnapshotAnalysis> flagged = country.stream().map(analyst::analyse).filter(SnapshotAnalysis::isFlagged).toList();
        return SortedPages.page(flagged, AnomalyPosition::of, AnomalyPosition.ORDER, AnomalyPosition.after(page),
                page.size(), AnomalyPosition::cursor);
    }

    private List<SnapshotAnalysis> analyse(List<RegistrySnapshot> targets) {
        return analyse(targets, Set.of());
    }

    /**
     * {@code complete}: divisions whose every snapshot is among the targets (a trend reads its division's whole
     * history), so that only the other divisions' histories are read for the analysis.
     */
    private List<SnapshotAnalysis> analyse(List<RegistrySnapshot> targets, Set<String> complete) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> provinces = provincesOfCountriesAmong(targets);
        Set<String> divisionIds = new HashSet<>();
        targets.forEach(t -> divisionIds.add(t.divisionId()));
        provinces.values().forEach(divisionIds::addAll);
        divisionIds.removeAll(complete);
        List<RegistrySnapshot> histories = new ArrayList<>(snapshots.ofDivisions(divisionIds));
        targets.stream().filter(t -> complete.contains(t.divisionId())).forEach(histories::add);
        RegistryAnalyst analyst = new RegistryAnalyst(histories, provinces);
        return targets.stream().map(analyst::analyse).toList();
    }

    private Map<String, List<String>> provincesOfCountriesAmong(List<RegistrySnapshot> targets) {
        Map<String, List<String>> provinces = new HashMap<>();
        targets.stream().filter(RegistrySnapshot::isOfCountry)
                .forEach(t -> provinces.computeIfAbsent(t.divisionId(), this::childrenOf));
        return provinces;
    }

    private List<String> childrenOf(String divisionId) {
        List<String> children = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<Division> page = divisions.search(new DivisionQuery(divisionId, null, null, null, null), request);
            page.items().forEach(d -> children.add(d.id()));
            if (!page.hasNext()) {
                return children;
            }
            request = new PageRequest(PageRequest.MAX_SIZE, page.next());
        }
    }

    private void requireUnique(RegistrySnapshotDraft draft, UUID self) {
        snapshots.byKey(draft.divisionId(), draft.referenceDate(), draft.source().citation())
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new ConflictException("There is already a registry snapshot of '" + draft.divisionId() + "' on "
                            + draft.referenceDate() + " from the same source: '" + existing.id() + "'.");
                });
    }

    private void checkFields(RegistrySnapshotDraft draft, Violations violations) {
        Division division = checkDivision(draft.divisionId(), violations);
        violations.notNull("referenceDate", draft.referenceDate());
        if (draft.electionId() != null) {
            checkElection(draft.electionId(), division, violations);
        }
        checkFigures(draft.figures(), violations);
        violations.source("source", draft.source()).optionalText("notes", draft.notes(), 4000);
    }

    private Division checkDivision(String divisionId, Violations violations) {
        if (divisionId == null) {
            violations.add("divisionId", "must not be null");
            return null;
        }
        Division division = divisions.byId(divisionId).orElse(null);
        violations.require(division != null, "divisionId", "there is no division '" + divisionId + "'");
        return division;
    }

    private void checkElection(String electionId, Division division, Violations violations) {
        elections.byId(electionId).ifPresentOrElse(
                election -> violations.require(division == null || election.countryId().equals(division.countryId()),
                        "electionId", "must be an election in " + (division == null ? "" : division.countryId())
                                + ", the country of the division, but '" + electionId + "' is in " + election.countryId()),
                () -> violations.add("electionId", "there is no election '" + electionId + "'"));
    }

    private static void checkFigures(RegistryFigures figures, Violations violations) {
        for (RegistryFigure figure : RegistryFigure.values()) {
            Long value = figure.of(figures);
            violations.notNegative(figure.field(), value)
                    .require(value == null || value <= MAX_COUNT, figure.field(), "must be at most " + MAX_COUNT);
        }
        Long population = usable(figures.population());
        Long votingAge = usable(figures.votingAgePopulation());
        if (population != null && votingAge != null) {
            violations.require(votingAge <= population, "votingAgePopulation",
                    "cannot exceed population: the people of voting age are part of it");
        }
        checkBallotsAddUp(figures, violations);
    }

    /** The ballots counted as valid or invalid are among the ballots cast, so together they cannot exceed them. */
    private static void checkBallotsAddUp(RegistryFigures figures, Violations violations) {
        Long cast = usable(figures.ballotsCast());
        if (cast == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        long counted = 0;
        for (RegistryFigure part : List.of(RegistryFigure.VALID_BALLOTS, RegistryFigure.INVALID_BALLOTS)) {
            Long value = usable(part.of(figures));
            if (value != null) {
                parts.add(part.field());
                counted += value;
            }
        }
        violations.require(counted <= cast, "ballotsCast",
                "must be at least " + String.join(" + ", parts) + " (" + counted + ")");
    }

    // A count that broke its own bounds is reported on its own field; rules between counts skip it.
    private static Long usable(Long count) {
        return count != null && count >= 0 && count <= MAX_COUNT ? count : null;
    }
}
