package org.observa.domain.pollingstation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.partner.Actor;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.shared.Violations;

/**
 * The rules of incidents: reported under a mission, at a station of its election or in a division of its
 * country; a status that moves only along the workflow of {@link IncidentStatus}, each step
 * recorded with who, when and why; and the incidents of a PLANNED mission hidden from everyone but its
 * organisation (see {@link IncidentVisibility}) — to others they do not exist.
 */
public class IncidentService {

    static final String RESOURCE = "incident";
    static final int MAX_REASON = 4000;

    private final IncidentRepository incidents;
    private final MissionRepository missions;
    private final PollingStationRepository stations;
    private final DivisionRepository divisions;
    private final ElectionRepository elections;
    private final Clock clock;

    public IncidentService(IncidentRepository incidents, MissionRepository missions, PollingStationRepository stations,
                           DivisionRepository divisions, ElectionRepository elections, Clock clock) {
        this.incidents = incidents;
        this.missions = missions;
        this.stations = stations;
        this.divisions = divisions;
        this.elections = elections;
        this.clock = clock;
    }

    public Incident get(UUID id, IncidentVisibility visibility) {
        return visible(incidents.byId(id).orElse(null), id, visibility);
    }

    /** Reads an incident to change it: nobody else can change it until the transaction ends. */
    public Incident getForUpdate(UUID id, IncidentVisibility visibility) {
        return visible(incidents.byIdForUpdate(id).orElse(null), id, visibility);
    }

    public Page<Incident> list(IncidentQuery query, PageRequest page) {
        return incidents.search(query, page);
    }

    public void export(IncidentQuery query, Consumer<Incident> sink) {
        incidents.forEach(query, sink);
    }

    /**
     * Counts the election's incidents that the reader may see, in total and per division at {@code level}
     * (PROVINCE unless given; the country is the totals). Division codes tell their ancestors (KH-6-03 is in
     * KH-6), so an incident counts in the division whose code its own starts with.
     */
    public IncidentStats stats(String electionId, DivisionLevel level, UUID missionId, IncidentVisibility visibility) {
        elections.byId(electionId).orElseThrow(() -> new NotFoundException("election", electionId));
        if (level == DivisionLevel.COUNTRY) {
            throw ValidationException.of("level", "must be PROVINCE, DISTRICT or COMMUNE; the country is in the totals");
        }
        DivisionLevel grouping = level == null ? DivisionLevel.PROVINCE : level;
        List<IncidentTally> tallies = incidents.tally(electionId, missionId, visibility);
        Map<String, List<IncidentTally>> byDivision = new TreeMap<>();
        for (IncidentTally tally : tallies) {
            String division = divisionAt(tally.divisionId(), grouping);
            if (division != null) {
                byDivision.computeIfAbsent(division, d -> new ArrayList<>()).add(tally);
            }
        }
        return new IncidentStats(electionId, grouping, missionId, IncidentCounts.of(tallies),
                byDivision.entrySet().stream().map(e -> new IncidentStats.DivisionIncidents(e.getKey(),
                        IncidentCounts.of(e.getValue()))).toList());
    }

    /** The code of the division at {@code level} that contains {@code code}: its leading segments; null above the level. */
    static String divisionAt(String code, DivisionLevel level) {
        String[] segments = code.split("-");
        int depth = level.ordinal() + 1;
        return segments.length < depth ? null : String.join("-", java.util.Arrays.copyOf(segments, depth));
    }

    public void exportHistories(IncidentStatusChangeQuery query, Consumer<IncidentStatusChange> sink) {
        incidents.forEachStep(query, sink);
    }

    public Optional<IncidentStatusChange> step(UUID id) {
        return incidents.step(id);
    }

    public Page<IncidentStatusChange> history(Incident incident, PageRequest page) {
        return incidents.history(incident.id(), page);
    }

    public Incident create(IncidentDraft draft, Actor reporter) {
        return create(UUID.randomUUID(), draft, reporter);
    }

    /** Records a REPORTED incident under an id chosen by the caller; its history starts with the report. */
    public Incident create(UUID id, IncidentDraft draft, Actor reporter) {
        Violations violations = new Violations();
        Mission mission = missions.referenced(draft.missionId(), violations);
        String divisionId = check(draft, mission, violations);
        violations.throwIfAny();
        if (incidents.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Instant now = Timestamps.now(clock);
        Incident incident = Incident.reported(id, mission.electionId(), divisionId, draft, now);
        incidents.insert(incident);
        incidents.record(step(UUID.randomUUID(), incident, null, IncidentStatus.REPORTED, null, reporter, now));
        return incident;
    }

    /** Replaces the changeable fields; an incident stays in the mission that reported it, and keeps its status. */
    public Incident update(Incident current, IncidentDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.missionId(), draft.missionId()), "missionId",
                "cannot be changed; an incident belongs to the mission that reported it");
        Mission mission = missions.byId(current.missionId()).orElse(null);
        String divisionId = check(draft, mission, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Incident updated = current.with(divisionId, draft, Timestamps.now(clock));
        incidents.save(updated);
        return updated;
    }

    /**
     * Moves an incident to {@code target} if the workflow allows it, and records the step. A step the workflow
     * does not allow (including to the status it already has) contradicts the incident's state: a conflict.
     */
    public Incident changeStatus(Incident current, IncidentStatus target, String reason, Actor actor) {
        return changeStatus(UUID.randomUUID(), current, target, reason, actor);
    }

    /** Records the step under an id chosen by the caller, such as a partner system's id of it in an import. */
    public Incident changeStatus(UUID stepId, Incident current, IncidentStatus target, String reason, Actor actor) {
        Violations violations = new Violations().notNull("status", target).notBlank("reason", reason, MAX_REASON);
        violations.throwIfAny();
        if (!current.status().canMoveTo(target)) {
            throw new ConflictException("Incident '" + current.id() + "' cannot move from " + current.status() + " to "
                    + target + ": " + allowedFrom(current.status()) + " The workflow is REPORTED -> UNDER_REVIEW -> "
                    + "VERIFIED or DISMISSED; VERIFIED -> RESOLVED; DISMISSED -> UNDER_REVIEW (reopened).");
        }
        Instant now = Timestamps.now(clock);
        Incident moved = current.inStatus(target, now);
        incidents.save(moved);
        incidents.record(step(stepId, moved, current.status(), target, reason, actor, now));
        return moved;
    }

    public void delete(Incident incident) {
        incidents.remove(incident.id());
    }

    private static String allowedFrom(IncidentStatus status) {
        return status.next().isEmpty() ? status + " is final."
                : "from " + status + " it may move to " + status.next().stream().map(Enum::name)
                        .collect(Collectors.joining(" or ")) + ".";
    }

    private static IncidentStatusChange step(UUID id, Incident incident, IncidentStatus from, IncidentStatus to,
                                             String reason, Actor actor, Instant at) {
        return new IncidentStatusChange(id, incident.id(), from, to, reason,
                actor == null ? null : actor.keyId(), actor == null ? null : actor.organizationId(), at);
    }

    private Incident visible(Incident incident, UUID id, IncidentVisibility visibility) {
        if (incident == null || !missions.byId(incident.missionId()).map(visibility::sees).orElse(false)) {
            throw new NotFoundException(RESOURCE, id.toString());
        }
        return incident;
    }

    /** Checks everything but the mission itself; returns the incident's division when it can be told. */
    private String check(IncidentDraft draft, Mission mission, Violations violations) {
        violations.notNull("category", draft.category())
                .notNull("severity", draft.severity())
                .localizedText("description", draft.description())
                .optionalText("involved", draft.involved(), PollingCentreService.MAX_TEXT)
                .sources("sources", draft.sources())
                .notNull("occurredAt", draft.occurredAt());
        GeoPoint.check("location", draft.location(), violations);
        return draft.stationId() != null ? stationDivision(draft, mission, violations)
                : division(draft.divisionId(), mission, violations);
    }

    private String stationDivision(IncidentDraft draft, Mission mission, Violations violations) {
        PollingStation station = stations.byId(draft.stationId()).orElse(null);
        if (station == null) {
            violations.add("stationId", "there is no polling station '" + draft.stationId() + "'");
            return null;
        }
        if (mission != null && !mission.electionId().equals(station.electionId())) {
            violations.add("stationId", "is a station of election '" + station.electionId() + "', but mission '"
                    + mission.id() + "' observes election '" + mission.electionId() + "'");
        }
        violations.require(draft.divisionId() == null || draft.divisionId().equals(station.divisionId()), "divisionId",
                "must be left out or be the station's division '" + station.divisionId() + "'");
        return station.divisionId();
    }

    private String division(String divisionId, Mission mission, Violations violations) {
        if (divisionId == null) {
            violations.add("divisionId", "must not be null when there is no stationId: say where the incident happened");
            return null;
        }
        Division division = divisions.byId(divisionId).orElse(null);
        if (division == null) {
            violations.add("divisionId", "there is no division '" + divisionId + "'");
        } else if (mission != null && !division.countryId().equals(mission.countryId())) {
            violations.add("divisionId", "is a division of " + division.countryId() + ", but mission '" + mission.id()
                    + "' observes an election in " + mission.countryId());
        }
        return divisionId;
    }
}
