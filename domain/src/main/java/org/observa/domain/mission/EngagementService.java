package org.observa.domain.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of engagements: they exist only inside their mission, fall within its dates (give or take a
 * day), take place in its country, and name a counterpart that exists.
 */
public class EngagementService {

    static final String RESOURCE = "engagement";

    private final EngagementRepository engagements;
    private final MissionRepository missions;
    private final OrganizationRepository organizations;
    private final DivisionRepository divisions;
    private final Clock clock;

    public EngagementService(EngagementRepository engagements, MissionRepository missions,
                             OrganizationRepository organizations, DivisionRepository divisions, Clock clock) {
        this.engagements = engagements;
        this.missions = missions;
        this.organizations = organizations;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** An engagement of this mission; one of another mission is not found here. */
    public Engagement get(UUID missionId, UUID id) {
        requireMission(missionId);
        return engagements.byId(id).filter(e -> e.missionId().equals(missionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads an engagement to change it, holding its mission too, so the mission's dates cannot move meanwhile. */
    public Engagement getForUpdate(UUID missionId, UUID id) {
        lockMission(missionId);
        return engagements.byIdForUpdate(id).filter(e -> e.missionId().equals(missionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Engagement> list(EngagementQuery query, PageRequest page) {
        requireMission(query.missionId());
        return engagements.search(query, page);
    }

    public void export(EngagementQuery query, Consumer<Engagement> sink) {
        engagements.forEach(query, sink);
    }

    public Engagement create(UUID missionId, EngagementDraft draft) {
        return create(missionId, UUID.randomUUID(), draft);
    }

    /** Creates an engagement under an id chosen by the caller, such as the fixed id of a demo record. */
    public Engagement create(UUID missionId, UUID id, EngagementDraft draft) {
        Mission mission = lockMission(missionId);
        check(mission, draft);
        if (engagements.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Engagement engagement = Engagement.create(id, missionId, draft, Timestamps.now(clock));
        engagements.insert(engagement);
        return engagement;
    }

    /** Replaces the changeable fields; an engagement stays in the mission it was recorded in. */
    public Engagement update(Engagement current, EngagementDraft draft) {
        check(requireMission(current.missionId()), draft);
        if (current.draft().equals(draft)) {
            return current;
        }
        Engagement updated = current.updatedWith(draft, Timestamps.now(clock));
        engagements.save(updated);
        return updated;
    }

    public void delete(Engagement engagement) {
        engagements.remove(engagement.id());
    }

    private Mission requireMission(UUID missionId) {
        return missions.byId(missionId)
                .orElseThrow(() -> new NotFoundException(MissionService.RESOURCE, missionId.toString()));
    }

    private Mission lockMission(UUID missionId) {
        return missions.byIdForUpdate(missionId)
                .orElseThrow(() -> new NotFoundException(MissionService.RESOURCE, missionId.toString()));
    }

    private void check(Mission mission, EngagementDraft draft) {
        Violations violations = new Violations();
        violations.notNull("kind", draft.kind())
                .notNull("startDate", draft.startDate())
                .optionalText("place", draft.place(), 300)
                .localizedText("summary", draft.summary());
        checkDates(mission, draft, violations);
        if (draft.divisionId() != null) {
            divisions.byId(draft.divisionId()).ifPresentOrElse(
                    division -> violations.require(division.countryId().equals(mission.countryId()), "divisionId",
                            "is in '" + division.countryId() + "', not in the mission's country '"
                                    + mission.countryId() + "'"),
                    () -> violations.add("divisionId", "there is no division '" + draft.divisionId() + "'"));
        }
        if (draft.counterpartId() != null && organizations.byId(draft.counterpartId()).isEmpty()) {
            violations.add("counterpartId", "there is no organization '" + draft.counterpartId() + "'");
        }
        List<PersonMet> people = draft.peopleMet();
        for (int i = 0; i < people.size(); i++) {
            violations.notBlank("peopleMet[" + i + "].name", people.get(i).name(), MissionService.MAX_NAME)
                    .optionalText("peopleMet[" + i + "].title", people.get(i).title(), MissionService.MAX_NAME);
        }
        violations.throwIfAny();
    }

    private static void checkDates(Mission mission, EngagementDraft draft, Violations violations) {
        if (draft.startDate() == null) {
            return;
        }
        if (draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            violations.add("endDate", "cannot be before startDate");
            return;
        }
        DateSpan allowed = mission.engagementDays();
        violations.require(allowed.admitsFirstDay(draft.startDate()), "startDate", "must be on or after "
                + allowed.first() + ": the mission starts on " + mission.startDate() + " (one day's margin)");
        String lastField = draft.endDate() != null ? "endDate" : "startDate";
        LocalDate lastDay = draft.endDate() != null ? draft.endDate() : draft.startDate();
        violations.require(allowed.admitsLastDay(lastDay), lastField, "must be on or before "
                + allowed.last() + ": the mission ends on " + mission.endDate() + " (one day's margin)");
    }
}
