package org.observa.domain.tabulation;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationRepository;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.StationVisitRepository;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of observed results: one per counting visit, copied from the sheet posted at the station, with the
 * figures checked as an official result's are (a sheet that does not add up is kept and flagged). Compared with
 * the official result of the station, every differing figure is reported.
 */
public class ObservedResultService {

    static final String RESOURCE = "observed result";
    static final int MAX_TEXT = 4000;

    private final ObservedResultRepository observed;
    private final StationVisitRepository visits;
    private final PollingStationRepository stations;
    private final ParticipationRepository participations;
    private final ElectionRepository elections;
    private final Clock clock;

    public ObservedResultService(ObservedResultRepository observed, StationVisitRepository visits,
                                 PollingStationRepository stations, ParticipationRepository participations,
                                 ElectionRepository elections, Clock clock) {
        this.observed = observed;
        this.visits = visits;
        this.stations = stations;
        this.participations = participations;
        this.elections = elections;
        this.clock = clock;
    }

    public ObservedResult get(UUID id) {
        return observed.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public ObservedResult getForUpdate(UUID id) {
        return observed.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<ObservedResult> list(ObservedResultQuery query, PageRequest page) {
        return observed.search(query, page);
    }

    public void export(ObservedResultQuery query, Consumer<ObservedResult> sink) {
        observed.forEach(query, sink);
    }

    /** The visit an observed result would be recorded under, if there is one: the caller checks who may write its mission. */
    public java.util.Optional<StationVisit> findVisit(UUID visitId) {
        return visits.byId(visitId);
    }

    public ObservedResult create(ObservedResultDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    public ObservedResult create(UUID id, ObservedResultDraft draft) {
        Violations violations = new Violations();
        StationVisit visit = visit(draft.visitId(), violations);
        check(visit == null || visit.phase() != VisitPhase.COUNTING ? null : visit.electionId(), draft, violations);
        violations.throwIfAny();
        if (observed.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        if (observed.existsForVisit(visit.id())) {
            throw new ConflictException("Visit '" + visit.id() + "' has its observed result already; change that one.");
        }
        PollingStation station = stations.byId(visit.stationId()).orElseThrow();
        var now = Timestamps.now(clock);
        ObservedResult result = new ObservedResult(id, visit.missionId(), visit.id(), visit.stationId(),
                visit.electionId(), station.divisionId(), draft.figures(), draft.postedPublicly(), draft.evidence(),
                draft.notes(), now, now);
        observed.insert(result);
        return result;
    }

    public ObservedResult update(ObservedResult current, ObservedResultDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.visitId(), draft.visitId()), "visitId",
                "cannot be changed; an observed result belongs to the visit that copied it");
        check(current.electionId(), draft, violations);
        violations.throwIfAny();
        if (current.figures().sameAs(draft.figures()) && Objects.equals(current.postedPublicly(), draft.postedPublicly())
                && Objects.equals(current.evidence(), draft.evidence()) && Objects.equals(current.notes(), draft.notes())) {
            return current;
        }
        ObservedResult updated = new ObservedResult(current.id(), current.missionId(), current.visitId(),
                current.stationId(), current.electionId(), current.divisionId(), draft.figures(),
                draft.postedPublicly(), draft.evidence(), draft.notes(), current.createdAt(), Timestamps.now(clock));
        observed.save(updated);
        return updated;
    }

    public void delete(ObservedResult result) {
        observed.remove(result.id());
    }

    /**
     * The stations of an election (in a division and those under it) where observers copied a sheet that differs
     * from the official result, each with the figures that differ; stations whose sheet matches are left out.
     */
    public Page<StationComparison> discrepancies(String electionId, String divisionId, PageRequest page) {
        elections.byId(electionId).orElseThrow(() -> new NotFoundException("election", electionId));
        return observed.differingFromOfficial(electionId, divisionId, page)
                .map(pair -> StationComparison.of(pair.getKey(), pair.getValue()));
    }

    private StationVisit visit(UUID visitId, Violations violations) {
        if (visitId == null) {
            violations.add("visitId", "must not be null");
            return null;
        }
        StationVisit visit = visits.byId(visitId).orElse(null);
        if (visit == null) {
            violations.add("visitId", "there is no station visit '" + visitId + "'");
        } else if (visit.phase() != VisitPhase.COUNTING) {
            violations.add("visitId", "is a visit of phase " + visit.phase() + "; results are copied at a COUNTING visit");
        }
        return visit;
    }

    /** The texts, and the figures against the election's participations (unless the visit is not known). */
    private void check(String electionId, ObservedResultDraft draft, Violations violations) {
        violations.optionalText("evidence", draft.evidence(), MAX_TEXT).optionalText("notes", draft.notes(), MAX_TEXT);
        if (draft.figures() == null) {
            violations.add("validVotes", "must not be null");
        } else if (electionId != null) {
            draft.figures().check(participations.idsOfElection(electionId), electionId, violations);
        }
    }
}
