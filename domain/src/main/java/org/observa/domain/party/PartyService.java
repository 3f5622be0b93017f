package org.observa.domain.party;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of parties: a country that is a country, an abbreviation no other party of that country uses,
 * dates in order, a colour as #RRGGBB, and a predecessor of the same country that does not lead back to
 * the party itself.
 */
public class PartyService {

    static final String RESOURCE = "party";
    static final int MAX_ABBREVIATION = 30;
    static final int MAX_TEXT = 4000;
    private static final Pattern COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    private final PartyRepository parties;
    private final DivisionRepository divisions;
    private final ParticipationRepository participations;
    private final CampaignObservationRepository observations;
    private final Clock clock;

    public PartyService(PartyRepository parties, DivisionRepository divisions, ParticipationRepository participations,
                        CampaignObservationRepository observations, Clock clock) {
        this.parties = parties;
        this.divisions = divisions;
        this.participations = participations;
        this.observations = observations;
        this.clock = clock;
    }

    public Party get(UUID id) {
        return parties.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a party to change it: nobody else can change it until the transaction ends. */
    public Party getForUpdate(UUID id) {
        return parties.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Party> list(PartyQuery query, PageRequest page) {
        return parties.search(query, page);
    }

    public void export(PartyQuery query, Consumer<Party> sink) {
        parties.forEach(query, sink);
    }

    public Party create(PartyDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a party under an id chosen by the caller, such as the fixed id of a demo record. */
    public Party create(UUID id, PartyDraft draft) {
        Violations violations = new Violations();
        checkCountry(draft.countryId(), violations);
        checkFields(draft, violations);
        checkPredecessor(id, draft.countryId(), draft.predecessorId(), violations);
        violations.throwIfAny();
        if (parties.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        requireFreeAbbreviation(id, draft);
        Party party = Party.create(id, draft, Timestamps.now(clock));
        parties.insert(party);
        return party;
    }

    /** Replaces the changeable fields. The country is fixed: the party's elections and campaigns are in it. */
    public Party update(Party current, PartyDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.countryId(), draft.countryId()), "countryId",
                "cannot be changed; a party's elections and campaigns are in its country");
        checkFields(draft, violations);
        checkPredecessor(current.id(), current.countryId(), draft.predecessorId(), violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        requireFreeAbbreviation(current.id(), draft);
        Party updated = current.updatedWith(draft, Timestamps.now(clock));
        parties.save(updated);
        return updated;
    }

    /** Deletes a party that no participation, campaign observation or successor party refers to. */
    public void delete(Party party) {
        if (participations.existsOfParty(party.id())) {
            throw new ConflictException("Party '" + party.id()
                    + "' takes part in one or more elections; delete its participations first.");
        }
        if (observations.existsOfParty(party.id())) {
            throw new ConflictException("Party '" + party.id()
                    + "' is named by campaign observations; change or delete those first.");
        }
        if (parties.isPredecessorOfAny(party.id())) {
            throw new ConflictException("Party '" + party.id()
                    + "' is the predecessor of other parties; change those first.");
        }
        parties.remove(party.id());
    }

    private void requireFreeAbbreviation(UUID id, PartyDraft draft) {
        if (draft.abbreviation() == null || draft.countryId() == null) {
            return;
        }
        parties.byAbbreviation(draft.countryId(), draft.abbreviation())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException("The abbreviation '" + draft.abbreviation() + "' is already used in '"
                            + draft.countryId() + "' by the party '" + other.name().english() + "' (" + other.id()
                            + "); abbreviations are unique per country, whatever their case.");
                });
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

    private static void checkFields(PartyDraft draft, Violations violations) {
        violations.localizedText("name", draft.name())
                .optionalText("abbreviation", draft.abbreviation(), MAX_ABBREVIATION)
                .optionalWebAddress("logoUrl", draft.logoUrl())
                .identifiers("identifiers", draft.identifiers())
                .sources("sources", draft.sources())
                .optionalText("notes", draft.notes(), MAX_TEXT);
        if (draft.foundedOn() != null && draft.dissolvedOn() != null) {
            violations.require(!draft.dissolvedOn().isBefore(draft.foundedOn()), "dissolvedOn",
                    "cannot be before foundedOn");
        }
        violations.require(draft.colour() == null || COLOUR.matcher(draft.colour()).matches(), "colour",
                "must be a colour written #RRGGBB, such as #1E90FF");
    }

    /** A predecessor of the same country, and no cycle: following predecessors never leads back to the party. */
    private void checkPredecessor(UUID partyId, String countryId, UUID predecessorId, Violations violations) {
        if (predecessorId == null) {
            return;
        }
        if (predecessorId.equals(partyId)) {
            violations.add("predecessorId", "cannot be the party itself");
            return;
        }
        Party predecessor = parties.byId(predecessorId).orElse(null);
        if (predecessor == null) {
            violations.add("predecessorId", "there is no party '" + predecessorId + "'");
            return;
        }
        if (countryId != null && !predecessor.countryId().equals(countryId)) {
            violations.add("predecessorId", "is a party of '" + predecessor.countryId() + "', not of '" + countryId + "'");
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID at = predecessor.predecessorId(); at != null && seen.add(at);
             at = parties.byId(at).map(Party::predecessorId).orElse(null)) {
            if (at.equals(partyId)) {
                violations.add("predecessorId", "would make a cycle: '" + predecessorId
                        + "' already descends from this party");
                return;
            }
        }
    }
}
