package org.observa.domain.pollingstation;

import java.time.Clock;
import java.util.Optional;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of polling stations: a centre that exists, an official number unique in the election, and no
 * removal while observers' visits refer to them. A station stays in the election of the centre it was
 * created in.
 */
public class PollingStationService {

    static final String RESOURCE = "polling station";
    /** Official numbers are not always digits (e.g. 12A, 03/117); they are compared exactly. */
    static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9./-]{0,19}$");

    private final PollingStationRepository stations;
    private final PollingCentreRepository centres;
    private final StationVisitRepository visits;
    private final Clock clock;

    public PollingStationService(PollingStationRepository stations, PollingCentreRepository centres,
                                 StationVisitRepository visits, Clock clock) {
        this.stations = stations;
        this.centres = centres;
        this.visits = visits;
        this.clock = clock;
    }

    public PollingStation get(UUID id) {
        return stations.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a station to change it: nobody else can change it until the transaction ends. */
    public PollingStation getForUpdate(UUID id) {
        return stations.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** The station of an election by its official number (the natural key an import matches rows by), to change it. */
    public Optional<PollingStation> findByNumberForUpdate(String electionId, String number) {
        return stations.byNumberForUpdate(electionId, number);
    }

    public Page<PollingStation> list(PollingStationQuery query, PageRequest page) {
        return stations.search(query, page);
    }

    public void export(PollingStationQuery query, Consumer<PollingStation> sink) {
        stations.forEach(query, sink);
    }

    /** Creates a station under a new random id, which no other record can have: no need to look for one. */
    /** Prepares a bulk write of stations numbered so in the election: see {@link PollingStationRepository#preloadNumbers}. */
    public void preloadNumbers(String electionId, Collection<String> numbers) {
        stations.preloadNumbers(electionId, numbers);
    }

    public PollingStation create(PollingStationDraft draft) {
        return create(UUID.randomUUID(), draft, false);
    }

    /** Creates a station under an id chosen by the caller, such as the fixed id of a demo record. */
    public PollingStation create(UUID id, PollingStationDraft draft) {
        return create(id, draft, true);
    }

    private PollingStation create(UUID id, PollingStationDraft draft, boolean idMayBeTaken) {
        Violations violations = new Violations();
        PollingCentre centre = checkCentre(draft, violations);
        checkFields(draft, violations);
        violations.throwIfAny();
        if (idMayBeTaken && stations.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        refuseDuplicateNumber(centre.electionId(), draft.number(), id);
        PollingStation station = PollingStation.create(id, centre, draft, Timestamps.now(clock));
        stations.insert(station);
        return station;
    }

    /** Replaces the changeable fields; a new centre must be one of the station's own election. */
    public PollingStation update(PollingStation current, PollingStationDraft draft) {
        Violations violations = new Violations();
        PollingCentre centre = checkCentre(draft, violations);
        if (centre != null && !centre.electionId().equals(current.electionId())) {
            violations.add("centreId", "is a centre of election '" + centre.electionId() + "', but this station belongs to '"
                    + current.electionId() + "'; a station stays in its election");
        }
        checkFields(draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        refuseDuplicateNumber(current.electionId(), draft.number(), current.id());
        PollingStation updated = current.updatedWith(centre, draft, Timestamps.now(clock));
        stations.save(updated);
        return updated;
    }

    public void delete(PollingStation station) {
        if (visits.existsAtStation(station.id())) {
            throw new ConflictException("Polling station '" + station.id()
                    + "' has been visited by observers; delete its station visits first.");
        }
        stations.remove(station.id());
    }

    private PollingCentre checkCentre(PollingStationDraft draft, Violations violations) {
        if (draft.centreId() == null) {
            violations.add("centreId", "must not be null");
            return null;
        }
        PollingCentre centre = centres.byId(draft.centreId()).orElse(null);
        if (centre == null) {
            violations.add("centreId", "there is no polling centre '" + draft.centreId() + "'");
        }
        return centre;
    }

    private static void checkFields(PollingStationDraft draft, Violations violations) {
        if (draft.number() == null) {
            violations.add("number", "must not be null");
        } else if (!NUMBER.matcher(draft.number()).matches()) {
            violations.add("number", "must be 1 to 20 letters, digits, '.', '/' or '-', starting with a letter or digit");
        }
        violations.require(draft.registeredVoters() == null || draft.registeredVoters() >= 0, "registeredVoters",
                        "must not be negative")
                .optionalText("notes", draft.notes(), PollingCentreService.MAX_TEXT)
                .sources("sources", draft.sources());
        GeoPoint.check("location", draft.location(), violations);
    }

    private void refuseDuplicateNumber(String electionId, String number, UUID self) {
        stations.byNumber(electionId, number).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("There is already a polling station numbered '" + number + "' in election '"
                    + electionId + "': station '" + other.id() + "' at " + other.path() + ".");
        });
    }
}
