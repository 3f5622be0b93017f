package org.observa.domain.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of missions: an election in the mission's own country, deployment areas inside it, dates in
 * order and wide enough for the engagements already recorded, and a status that only moves forward.
 */
public class MissionService {

    static final String RESOURCE = "mission";
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;

    private final MissionRepository missions;
    private final OrganizationRepository organizations;
    private final ElectionRepository elections;
    private final DivisionRepository divisions;
    private final EngagementRepository engagements;
    private final FindingRepository findings;
    private final FormCatalog forms;
    private final Clock clock;

    public MissionService(MissionRepository missions, OrganizationRepository organizations, ElectionRepository elections,
                          DivisionRepository divisions, EngagementRepository engagements, FindingRepository findings,
                          FormCatalog forms, Clock clock) {
        this.missions = missions;
        this.organizations = organizations;
        this.elections = elections;
        this.divisions = divisions;
        this.engagements = engagements;
        this.findings = findings;
        this.forms = forms;
        this.clock = clock;
    }

    public Mission get(UUID id) {
        return missions.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a mission to change it: nobody else can change it, or its engagements and findings, until the transaction ends. */
    public java.util.Optional<Mission> find(UUID id) {
        return missions.byId(id);
    }

    public Mission getForUpdate(UUID id) {
        return missions.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Mission> list(MissionQuery query, PageRequest page) {
        return missions.search(query, page);
    }

    public void export(MissionQuery query, Consumer<Mission> sink) {
        missions.forEach(query, sink);
    }

    public Mission create(MissionDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a mission under an id chosen by the caller, such as the fixed id of a demo record. A new mission without a status is PLANNED. */
    public Mission create(UUID id, MissionDraft draft) {
        MissionDraft complete = draft.status() == null ? draft.withStatus(MissionStatus.PLANNED) : draft;
        Violations violations = new Violations();
        violations.notNull("organizationId", complete.organizationId());
        if (complete.organizationId() != null && organizations.byId(complete.organizationId()).isEmpty()) {
            violations.add("organizationId", "there is no organization '" + complete.organizationId() + "'");
        }
        checkCountry(complete.countryId(), violations);
        Election election = checkElection(complete.electionId(), complete.countryId(), violations);
        checkFields(complete, complete.countryId(), violations);
        violations.throwIfAny();
        if (missions.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Mission mission = Mission.create(id, complete, sortDate(complete, election), Timestamps.now(clock));
        missions.insert(mission);
        return mission;
    }

    /**
     * Replaces the changeable fields. The organisation and the country are fixed: a mission belongs to the
     * organisation that sent it, and its areas and engagements lie in its country.
     */
    public Mission update(Mission current, MissionDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.organizationId(), draft.organizationId()), "organizationId",
                        "cannot be changed; a mission belongs to the organisation that sent it")
                .require(Objects.equals(current.countryId(), draft.countryId()), "countryId",
                        "cannot be changed; create a new mission instead");
        // The election and the areas are checked against the mission's own country: a new countryId is refused above.
        Election election = checkElection(draft.electionId(), current.countryId(), violations);
        checkFields(draft, current.countryId(), violations);
        if (draft.status() == null) {
            violations.add("status", "must not be null");
        } else if (!current.status().canMoveTo(draft.status())) {
            violations.add("status", "cannot go from " + current.status() + " to " + draft.status()
                    + ": a mission moves PLANNED, ACTIVE, REPORTED, ARCHIVED, only forward, and from ARCHIVED back to REPORTED");
        }
        checkRoomForEngagements(current.id(), draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Mission updated = current.updatedWith(draft, sortDate(draft, election), Timestamps.now(clock));
        missions.save(updated);
        return updated;
    }

    /**
     * Deletes a mission with its engagements and findings. A reported mission keeps what it published: it
     * cannot be deleted while it has engagements or findings.
     */
    public void delete(Mission mission) {
        if (mission.status() == MissionStatus.REPORTED
                && (engagements.existsInMission(mission.id()) || findings.existsInMission(mission.id()))) {
            throw new ConflictException("Mission '" + mission.id()
                    + "' is REPORTED and has engagements or findings; delete those first.");
        }
        engagements.removeAllOfMission(mission.id());
        findings.removeAllOfMission(mission.id());
        missions.remove(mission.id());
    }

    private static LocalDate sortDate(MissionDraft draft, Election election) {
        return draft.startDate() != null ? draft.startDate() : election.pollingDate();
    }

    private void checkCountry(String countryId, Violations violations) {
        if (countryId == null) {
            violations.add("countryId", "must not be null");
            return;
        }
        divisions.byId(countryId).ifPresentOrElse(
                division -> violations.require(division.level() == DivisionLevel.COUNTRY, "countryId",
                        "must be a COUNTRY, but '" + countryId + "' is a " + division.level()),
                () -> violations.add("countryId", "there is no division '" + countryId + "'"));
    }

    /** The mission's election, when it exists; a missing or foreign one is reported. */
    private Election checkElection(String electionId, String countryId, Violations violations) {
        if (electionId == null) {
            violations.add("electionId", "must not be null");
            return null;
        }
        Election election = elections.byId(electionId).orElse(null);
        if (election == null) {
            violations.add("electionId", "there is no election '" + electionId + "'");
        } else if (countryId != null && !election.countryId().equals(countryId)) {
            violations.add("electionId", "is an election in '" + election.countryId() + "', not in the mission's country '"
                    + countryId + "'");
        }
        return election;
    }

    private void checkFields(MissionDraft draft, String countryId, Violations violations) {
        violations.localizedText("title", draft.title())
                .optionalLocalizedText("background", draft.background())
                .sources("sources", draft.sources())
                .optionalText("notes", draft.notes(), MAX_TEXT);
        if (draft.startDate() != null && draft.endDate() != null) {
            violations.require(!draft.endDate().isBefore(draft.startDate()), "endDate", "cannot be before startDate");
        }
        List<LocalizedText> objectives = draft.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            violations.localizedText("objectives[" + i + "]", objectives.get(i));
        }
        List<TeamMember> team = draft.teamMembers();
        for (int i = 0; i < team.size(); i++) {
            violations.notBlank("teamMembers[" + i + "].name", team.get(i).name(), MAX_NAME)
                    .notNull("teamMembers[" + i + "].role", team.get(i).role());
        }
        checkDeploymentAreas(draft.deploymentAreaIds(), countryId, violations);
        checkForms(draft.observationFormIds(), violations);
    }

    /** The forms the mission's observers use: each an existing form, none twice (the standard form need not be named). */
    private void checkForms(List<UUID> formIds, Violations violations) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < formIds.size(); i++) {
            UUID id = formIds.get(i);
            String field = "observationFormIds[" + i + "]";
            if (id == null) {
                violations.add(field, "must not be null");
            } else if (!seen.add(id)) {
                violations.add(field, "appears twice");
            } else if (!forms.exists(id)) {
                violations.add(field, "there is no observation form '" + id + "'");
            }
        }
    }

    private void checkDeploymentAreas(List<String> areas, String countryId, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String field = "deploymentAreaIds[" + i + "]";
            String areaId = areas.get(i);
            if (areaId == null) {
                violations.add(field, "must not be null");
                continue;
            }
            if (!seen.add(areaId)) {
                violations.add(field, "appears twice");
                continue;
            }
            Division area = divisions.byId(areaId).orElse(null);
            if (area == null) {
                violations.add(field, "there is no division '" + areaId + "'");
            } else if (countryId != null && !area.countryId().equals(countryId)) {
                violations.add(field, "is in '" + area.countryId() + "', not in the mission's country '" + countryId + "'");
            }
        }
    }

    /** New dates must still hold the engagements already recorded, with the same one-day margin. */
    private void checkRoomForEngagements(UUID missionId, MissionDraft draft, Violations violations) {
        engagements.spanOfMission(missionId).ifPresent(recorded -> {
            DateSpan allowed = DateSpan.engagementsOf(draft.startDate(), draft.endDate());
            violations.require(allowed.admitsFirstDay(recorded.first()), "startDate", "must be on or before "
                    + recorded.first().plusDays(1) + ": an engagement of this mission begins on " + recorded.first());
            violations.require(allowed.admitsLastDay(recorded.last()), "endDate", "must be on or after "
                    + recorded.last().minusDays(1) + ": an engagement of this mission ends on " + recorded.last());
        });
    }
}
