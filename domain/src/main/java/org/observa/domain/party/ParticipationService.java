package org.observa.domain.party;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of participations: they exist only inside their election, name a party of the election's
 * country, once per election, and keep the status REGISTERED while the election's results list them.
 * Every write holds the election, so it never races with an upload of the election's results.
 */
public class ParticipationService {

    static final String RESOURCE = "participation";
    static final int MAX_TEXT = 4000;
    private static final String ELECTION = "election";

    private final ParticipationRepository participations;
    private final PartyRepository parties;
    private final ElectionRepository elections;
    private final ElectionResultsRepository results;
    private final Clock clock;

    public ParticipationService(ParticipationRepository participations, PartyRepository parties,
                                ElectionRepository elections, ElectionResultsRepository results, Clock clock) {
        this.participations = participations;
        this.parties = parties;
        this.elections = elections;
        this.results = results;
        this.clock = clock;
    }

    /** A participation in this election; one in another election is not found here. */
    public Participation get(String electionId, UUID id) {
        requireElection(electionId);
        return participations.byId(id).filter(p -> p.electionId().equals(electionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a participation to change it, holding its election too, so its results cannot change meanwhile. */
    public Participation getForUpdate(String electionId, UUID id) {
        lockElection(electionId);
        return participations.byIdForUpdate(id).filter(p -> p.electionId().equals(electionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** The participations in one election. */
    public Page<Participation> list(ParticipationQuery query, PageRequest page) {
        requireElection(query.electionId());
        return participations.search(query, page);
    }

    /** Participations in bulk; an election that does not exist simply has none. */
    public void export(ParticipationQuery query, Consumer<Participation> sink) {
        participations.forEach(query, sink);
    }

    public Participation create(String electionId, ParticipationDraft draft) {
        return create(electionId, UUID.randomUUID(), draft);
    }

    /** Records a participation under an id chosen by the caller, such as the fixed id of a demo record. */
    public Participation create(String electionId, UUID id, ParticipationDraft draft) {
        Election election = lockElection(electionId);
        Violations violations = new Violations();
        checkParty(draft.partyId(), election, violations);
        checkFields(draft, violations);
        violations.throwIfAny();
        if (participations.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        participations.byElectionAndParty(electionId, draft.partyId()).ifPresent(existing -> {
            throw new ConflictException("Party '" + draft.partyId() + "' already takes part in election '" + electionId
                    + "': participation '" + existing.id() + "'. A party takes part in an election once; change that one.");
        });
        Participation participation = Participation.create(id, electionId, draft, Timestamps.now(clock));
        participations.insert(participation);
        return participation;
    }

    /**
     * Replaces the changeable fields. The party is fixed, and a participation the election's results list
     * stays REGISTERED: only registered parties get results.
     */
    public Participation update(Participation current, ParticipationDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.partyId(), draft.partyId()), "partyId",
                "cannot be changed; record the other party's participation instead");
        checkFields(draft, violations);
        if (current.status() == ParticipationStatus.REGISTERED && draft.status() != null
                && draft.status() != ParticipationStatus.REGISTERED && results.listsParticipation(current.id())) {
            violations.add("status", "cannot become " + draft.status() + " while the election's results list this party:"
                    + " only REGISTERED participations get results; upload results without it first");
        }
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Participation updated = current.updatedWith(draft, Timestamps.now(clock));
        participations.save(updated);
        return updated;
    }

    public void delete(Participation participation) {
        if (results.listsParticipation(participation.id())) {
            throw new ConflictException("Participation '" + participation.id() + "' has results in election '"
                    + participation.electionId() + "'; upload results without it, or delete them, first.");
        }
        participations.remove(participation.id());
    }

    private void requireElection(String electionId) {
        if (elections.byId(electionId).isEmpty()) {
            throw new NotFoundException(ELECTION, electionId);
        }
    }

    private Election lockElection(String electionId) {
        return elections.byIdForUpdate(electionId).orElseThrow(() -> new NotFoundException(ELECTION, electionId));
    }

    private void checkParty(UUID partyId, Election election, Violations violations) {
        if (partyId == null) {
            violations.add("partyId", "must not be null");
            return;
        }
        parties.byId(partyId).ifPresentOrElse(
                party -> violations.require(party.countryId().equals(election.countryId()), "partyId",
                        "is a party of '" + party.countryId() + "', not of the election's country '"
                                + election.countryId() + "'"),
                () -> violations.add("partyId", "there is no party '" + partyId + "'"));
    }

    private static void checkFields(ParticipationDraft draft, Violations violations) {
        violations.notNull("status", draft.status())
                .optionalLocalizedText("reason", draft.reason())
                .sources("sources", draft.sources())
                .optionalText("notes", draft.notes(), MAX_TEXT);
    }
}
