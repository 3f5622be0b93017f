package org.observa.domain.pollingstation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of polling centres: one election, a division of any level inside that election's country,
 * and no removal while stations sit in them. A centre's stations are in its division, so they move with it.
 */
public class PollingCentreService {

    static final String RESOURCE = "polling centre";
    static final int MAX_TEXT = 4000;

    private final PollingCentreRepository centres;
    private final PollingStationRepository stations;
    private final IncidentRepository incidents;
    private final ElectionRepository elections;
    private final DivisionRepository divisions;
    private final Clock clock;

    public PollingCentreService(PollingCentreRepository centres, PollingStationRepository stations,
                                IncidentRepository incidents, ElectionRepository elections,
                                DivisionRepository divisions, Clock clock) {
        this.centres = centres;
        this.stations = stations;
        this.incidents = incidents;
        this.elections = elections;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Optional<PollingCentre> find(UUID id) {
        return centres.byId(id);
    }

    public PollingCentre get(UUID id) {
        return centres.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a centre to change it: nobody else can change it, or add stations to it, until the transaction ends. */
    public PollingCentre getForUpdate(UUID id) {
        return centres.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<PollingCentre> list(PollingCentreQuery query, PageRequest page) {
        return centres.search(query, page);
    }

    public void export(PollingCentreQuery query, Consumer<PollingCentre> sink) {
        centres.forEach(query, sink);
    }

    public PollingCentre create(PollingCentreDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a centre under an id chosen by the caller, such as the fixed id of a demo record. */
    public PollingCentre create(UUID id, PollingCentreDraft draft) {
        Violations violations = new Violations();
        Election election = checkElection(draft.electionId(), violations);
        checkFields(draft, election, violations);
        violations.throwIfAny();
        if (centres.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        PollingCentre centre = PollingCentre.create(id, draft, Timestamps.now(clock));
        centres.insert(centre);
        return centre;
    }

    /**
     * Replaces the changeable fields. The election is fixed: its stations' numbers belong to it. A new
     * division takes the centre's stations along.
     */
    public PollingCentre update(PollingCentre current, PollingCentreDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.electionId(), draft.electionId()), "electionId",
                "cannot be changed; create a centre in the other election instead");
        Election election = elections.byId(current.electionId()).orElse(null);
        checkFields(draft, election, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Instant now = Timestamps.now(clock);
        PollingCentre updated = current.updatedWith(draft, now);
        centres.save(updated);
        if (!current.divisionId().equals(updated.divisionId())) {
            stations.moveCentre(updated.id(), updated.divisionId(), now);
            incidents.markCentreMoved(updated.id(), now);
        }
        return updated;
    }

    public void delete(PollingCentre centre) {
        if (stations.existsInCentre(centre.id())) {
            throw new ConflictException("Polling centre '" + centre.id()
                    + "' still has polling stations; delete or move them first.");
        }
        centres.remove(centre.id());
    }

    private Election checkElection(String electionId, Violations violations) {
        if (electionId == null) {
            violations.add("electionId", "must not be null");
            return null;
        }
        Election election = elections.byId(electionId).orElse(null);
        if (election == null) {
            violations.add("electionId", "there is no election '" + electionId + "'");
        }
        return election;
    }

    private void checkFields(PollingCentreDraft draft, Election election, Violations violations) {
        violations.localizedText("name", draft.name())
                .optionalText("address", draft.address(), 500)
                .optionalText("notes", draft.notes(), MAX_TEXT)
                .sources("sources", draft.sources());
        GeoPoint.check("location", draft.location(), violations);
        if (draft.divisionId() == null) {
            violations.add("divisionId", "must not be null");
            return;
        }
        Division division = divisions.byId(draft.divisionId()).orElse(null);
        if (division == null) {
            violations.add("divisionId", "there is no division '" + draft.divisionId() + "'");
        } else if (election != null && !division.countryId().equals(election.countryId())) {
            violations.add("divisionId", "is in '" + division.countryId() + "', not in the election's country '"
                    + election.countryId() + "'");
        }
    }
}
