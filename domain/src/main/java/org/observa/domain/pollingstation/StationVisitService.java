package org.observa.domain.pollingstation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of station visits: a mission and a station of the same election, and times on polling day —
 * or the day after, since counting often runs past midnight — in the election's own time zone. Only the
 * mission, the station and the date are required: reports often give no more (Interband's gives the date).
 */
public class StationVisitService {

    static final String RESOURCE = "station visit";
    static final int MAX_OBSERVERS = 20;
    static final int MAX_NAME = 200;

    private final StationVisitRepository visits;
    private final PollingStationRepository stations;
    private final MissionRepository missions;
    private final ElectionRepository elections;
    private final ObservationFormService forms;
    private final Clock clock;

    public StationVisitService(StationVisitRepository visits, PollingStationRepository stations,
                               MissionRepository missions, ElectionRepository elections, ObservationFormService forms,
                               Clock clock) {
        this.visits = visits;
        this.stations = stations;
        this.missions = missions;
        this.elections = elections;
        this.forms = forms;
        this.clock = clock;
    }

    public StationVisit get(UUID id) {
        return visits.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a visit to change it: nobody else can change it until the transaction ends. */
    public StationVisit getForUpdate(UUID id) {
        return visits.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<StationVisit> list(StationVisitQuery query, PageRequest page) {
        return visits.search(query, page);
    }

    public void export(StationVisitQuery query, Consumer<StationVisit> sink) {
        visits.forEach(query, sink);
    }

    public StationVisit create(StationVisitDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Records a visit under an id chosen by the caller, such as the fixed id of a demo record. */
    public StationVisit create(UUID id, StationVisitDraft draft) {
        Violations violations = new Violations();
        Mission mission = missions.referenced(draft.missionId(), violations);
        PollingStation station = check(draft, mission, violations);
        ObservationFormVersion form = checkAnswers(draft, mission, violations);
        violations.throwIfAny();
        if (visits.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        StationVisit visit = StationVisit.create(id, station, draft, form, Timestamps.now(clock));
        visits.insert(visit);
        return visit;
    }

    /** Replaces the changeable fields; a visit stays in the mission that made it. */
    public StationVisit update(StationVisit current, StationVisitDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.missionId(), draft.missionId()), "missionId",
                "cannot be changed; a visit belongs to the mission that made it");
        Mission mission = missions.byId(current.missionId()).orElse(null);
        PollingStation station = check(draft, mission, violations);
        ObservationFormVersion form = checkAnswers(draft, mission, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        StationVisit updated = current.updatedWith(station, draft, form, Timestamps.now(clock));
        visits.save(updated);
        return updated;
    }

    /** Deletes a visit, unless a finding cites it: evidence must never point at nothing. */
    public void delete(StationVisit visit) {
        if (visits.isCitedAsEvidence(visit.id())) {
            throw new ConflictException("Station visit '" + visit.id()
                    + "' is cited as evidence by a finding; remove it from the finding first.");
        }
        visits.remove(visit.id());
    }

    /** Checks everything but the mission itself; returns the station when it exists. */
    private PollingStation check(StationVisitDraft draft, Mission mission, Violations violations) {
        checkObservers(draft.observers(), violations);
        violations.notNull("visitedOn", draft.visitedOn())
                .optionalText("notes", draft.notes(), PollingCentreService.MAX_TEXT);
        if (draft.stationId() == null) {
            violations.add("stationId", "must not be null");
            return null;
        }
        PollingStation station = stations.byId(draft.stationId()).orElse(null);
        if (station == null) {
            violations.add("stationId", "there is no polling station '" + draft.stationId() + "'");
            return null;
        }
        if (mission != null && !mission.electionId().equals(station.electionId())) {
            violations.add("stationId", "is a station of election '" + station.electionId() + "', but mission '"
                    + mission.id() + "' observes election '" + mission.electionId() + "'");
            return station;
        }
        elections.byId(station.electionId()).ifPresent(election -> checkTimes(draft, election, violations));
        return station;
    }

    /**
     * The form version the answers are checked against: the standard form unless the draft names another, which
     * the mission must declare; the visit's phase, when given, one the form is for.
     */
    private ObservationFormVersion checkAnswers(StationVisitDraft draft, Mission mission, Violations violations) {
        UUID formId = draft.formId() == null ? ObservationForm.STANDARD_ID : draft.formId();
        ObservationForm form = forms.find(formId).orElse(null);
        if (form == null) {
            violations.add("formId", "there is no observation form '" + formId + "'");
            return null;
        }
        ObservationFormVersion version = forms.answerable(form, draft.formVersion(), violations);
        if (version == null) {
            return null;
        }
        if (mission != null && !form.isBuiltIn() && !mission.observationFormIds().contains(formId)) {
            violations.add("formId", "mission '" + mission.id() + "' does not declare observation form '" + form.code()
                    + "'; add it to the mission's observationFormIds first");
        }
        if (draft.phase() != null && !form.phases().contains(draft.phase())) {
            violations.add("phase", "observation form '" + form.code() + "' is for " + form.phases().stream()
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ", not " + draft.phase());
        }
        version.checkAnswers(draft.answers(), violations);
        return version;
    }

    private static void checkObservers(List<String> observers, Violations violations) {
        violations.require(observers.size() <= MAX_OBSERVERS, "observers",
                "must name at most " + MAX_OBSERVERS + " observers");
        for (int i = 0; i < observers.size(); i++) {
            violations.notBlank("observers[" + i + "]", observers.get(i), MAX_NAME);
        }
    }

    /**
     * Polling day or the day after (counting that runs past midnight), in the election's time zone: the visit
     * starts on its date, and ends on it or on the next day, at the latest the day after polling day.
     */
    private static void checkTimes(StationVisitDraft draft, Election election, Violations violations) {
        LocalDate pollingDay = election.pollingDate();
        LocalDate lastDay = pollingDay.plusDays(1);
        ZoneId zone = ZoneId.of(election.timeZone());
        LocalDate visitedOn = draft.visitedOn();
        if (visitedOn != null && (visitedOn.isBefore(pollingDay) || visitedOn.isAfter(lastDay))) {
            violations.add("visitedOn", "must be polling day " + pollingDay + " or the day after (counting past midnight)");
            return;
        }
        if (draft.arrivedAt() != null && visitedOn != null) {
            LocalDate arrival = localDate(draft.arrivedAt(), zone);
            violations.require(arrival.equals(visitedOn), "arrivedAt", "must be on visitedOn " + visitedOn + " in the"
                    + " election's time zone " + zone + ", but is on " + arrival);
        }
        if (draft.departedAt() != null && visitedOn != null) {
            LocalDate departure = localDate(draft.departedAt(), zone);
            LocalDate latest = visitedOn.plusDays(1).isAfter(lastDay) ? lastDay : visitedOn.plusDays(1);
            violations.require(!departure.isBefore(visitedOn) && !departure.isAfter(latest), "departedAt",
                    "must be on " + visitedOn + (latest.equals(visitedOn) ? "" : " or " + latest) + " in the election's"
                            + " time zone " + zone + ", but is on " + departure);
        }
        if (draft.arrivedAt() != null && draft.departedAt() != null) {
            violations.require(draft.departedAt().isAfter(draft.arrivedAt()), "departedAt", "must be after arrivedAt");
        }
    }

    private static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
