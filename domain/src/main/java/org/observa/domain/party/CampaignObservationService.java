package org.observa.domain.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.DateSpan;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of campaign observations: they belong to the mission that made them for good, name a party of
 * the mission's country, fall within the mission's dates give or take a day (as its engagements do), take
 * place in its country, and name each concern once.
 */
public class CampaignObservationService {

    static final String RESOURCE = "campaign observation";
    static final int MAX_PLACE = 300;

    private final CampaignObservationRepository observations;
    private final MissionRepository missions;
    private final PartyRepository parties;
    private final DivisionRepository divisions;
    private final Clock clock;

    public CampaignObservationService(CampaignObservationRepository observations, MissionRepository missions,
                                      PartyRepository parties, DivisionRepository divisions, Clock clock) {
        this.observations = observations;
        this.missions = missions;
        this.parties = parties;
        this.divisions = divisions;
        this.clock = clock;
    }

    public CampaignObservation get(UUID id) {
        return observations.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads an observation to change it, holding its mission too, so the mission's dates cannot move meanwhile. */
    public CampaignObservation getForUpdate(UUID id) {
        CampaignObservation observation = get(id);
        missions.byIdForUpdate(observation.missionId());
        return observations.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<CampaignObservation> list(CampaignObservationQuery query, PageRequest page) {
        return observations.search(query, page);
    }

    public void export(CampaignObservationQuery query, Consumer<CampaignObservation> sink) {
        observations.forEach(query, sink);
    }

    public CampaignObservation create(CampaignObservationDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Records an observation under an id chosen by the caller, such as the fixed id of a demo record. */
    public CampaignObservation create(UUID id, CampaignObservationDraft draft) {
        Violations violations = new Violations();
        Mission mission = null;
        if (draft.missionId() == null) {
            violations.add("missionId", "must not be null");
        } else {
            mission = missions.byIdForUpdate(draft.missionId()).orElse(null);
            violations.require(mission != null, "missionId", "there is no mission '" + draft.missionId() + "'");
        }
        check(mission, draft, violations);
        violations.throwIfAny();
        if (observations.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        CampaignObservation observation = CampaignObservation.create(id, draft, Timestamps.now(clock));
        observations.insert(observation);
        return observation;
    }

    /**
     * Replaces the changeable fields. The mission is fixed: an observation stays with the mission that made
     * it (whose organisation alone will later be allowed to change it).
     */
    public CampaignObservation update(CampaignObservation current, CampaignObservationDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.missionId(), draft.missionId()), "missionId",
                "cannot be changed; an observation stays with the mission that made it");
        Mission mission = missions.byId(current.missionId()).orElseThrow(
                () -> new NotFoundException("mission", current.missionId().toString()));
        check(mission, draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        CampaignObservation updated = current.updatedWith(draft, Timestamps.now(clock));
        observations.save(updated);
        return updated;
    }

    public void delete(CampaignObservation observation) {
        observations.remove(observation.id());
    }

    /** The rules that need the mission are checked when the mission is known. */
    private void check(Mission mission, CampaignObservationDraft draft, Violations violations) {
        violations.notNull("kind", draft.kind())
                .notNull("observedOn", draft.observedOn())
                .optionalText("place", draft.place(), MAX_PLACE)
                .optionalLocalizedText("notes", draft.notes());
        checkConcerns(draft.concerns(), violations);
        String countryId = mission == null ? null : mission.countryId();
        checkParty(draft.partyId(), countryId, violations);
        if (draft.divisionId() != null) {
            divisions.byId(draft.divisionId()).ifPresentOrElse(
                    division -> violations.require(countryId == null || division.countryId().equals(countryId),
                            "divisionId", "is in '" + division.countryId() + "', not in the mission's country '"
                                    + countryId + "'"),
                    () -> violations.add("divisionId", "there is no division '" + draft.divisionId() + "'"));
        }
        if (mission != null) {
            checkDates(mission, draft, violations);
        }
    }

    private void checkParty(UUID partyId, String countryId, Violations violations) {
        if (partyId == null) {
            violations.add("partyId", "must not be null");
            return;
        }
        parties.byId(partyId).ifPresentOrElse(
                party -> violations.require(countryId == null || party.countryId().equals(countryId), "partyId",
                        "is a party of '" + party.countryId() + "', not of the mission's country '" + countryId + "'"),
                () -> violations.add("partyId", "there is no party '" + partyId + "'"));
    }

    private static void checkConcerns(List<CampaignConcern> concerns, Violations violations) {
        Set<CampaignConcern> seen = new HashSet<>();
        for (int i = 0; i < concerns.size(); i++) {
            violations.require(seen.add(concerns.get(i)), "concerns[" + i + "]", "appears twice; name each concern once");
        }
    }

    /** Within the mission's dates, with the same day's margin as its engagements. */
    private static void checkDates(Mission mission, CampaignObservationDraft draft, Violations violations) {
        if (draft.observedOn() == null) {
            return;
        }
        if (draft.observedUntil() != null && draft.observedUntil().isBefore(draft.observedOn())) {
            violations.add("observedUntil", "cannot be before observedOn");
            return;
        }
        DateSpan allowed = mission.engagementDays();
        violations.require(allowed.admitsFirstDay(draft.observedOn()), "observedOn", "must be on or after "
                + allowed.first() + ": the mission starts on " + mission.startDate() + " (one day's margin)");
        String lastField = draft.observedUntil() != null ? "observedUntil" : "observedOn";
        LocalDate lastDay = draft.observedUntil() != null ? draft.observedUntil() : draft.observedOn();
        violations.require(allowed.admitsLastDay(lastDay), lastField, "must be on or before "
                + allowed.last() + ": the mission ends on " + mission.endDate() + " (one day's margin)");
    }
}
