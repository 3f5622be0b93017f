package org.observa.domain.reference;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/** The rules of elections: held in a country, keyed by country, type and polling date, consistent dates. */
public class ElectionService {

    static final String RESOURCE = "election";

    private final ElectionRepository elections;
    private final DivisionRepository divisions;
    private final Clock clock;

    public ElectionService(ElectionRepository elections, DivisionRepository divisions, Clock clock) {
        this.elections = elections;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Election get(String id) {
        return elections.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** Reads an election to change it: nobody else can change it until the transaction ends. */
    public Election getForUpdate(String id) {
        return elections.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    public Page<Election> list(ElectionQuery query, PageRequest page) {
        return elections.search(query, page);
    }

    public void export(ElectionQuery query, Consumer<Election> sink) {
        elections.forEach(query, sink);
    }

    public Election create(ElectionDraft draft) {
        Violations violations = new Violations();
        checkCountry(draft.countryId(), violations);
        checkFields(draft, violations);
        violations.notNull("type", draft.type());
        violations.throwIfAny();
        String id = ElectionKeys.of(draft.countryId(), draft.type(), draft.pollingDate());
        if (elections.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id);
        }
        Election election = Election.create(id, draft, Timestamps.now(clock));
        elections.insert(election);
        return election;
    }

    /**
     * Replaces the changeable fields. The country and the type are fixed; the polling date may move (a
     * postponed election) while the id, once given, stays.
     */
    public Election update(Election current, ElectionDraft draft) {
        Violations violations = new Violations();
        violations.require(current.countryId().equals(draft.countryId()), "countryId",
                        "cannot be changed; create a new election instead")
                .require(current.type() == draft.type(), "type", "cannot be changed; create a new election instead");
        checkFields(draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Election updated = current.updatedWith(draft, Timestamps.now(clock));
        elections.save(updated);
        return updated;
    }

    public void delete(Election election) {
        elections.remove(election.id());
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

    private static void checkFields(ElectionDraft draft, Violations violations) {
        violations.localizedText("name", draft.name())
                .notNull("pollingDate", draft.pollingDate())
                .positive("seats", draft.seats())
                .positive("constituencies", draft.constituencies())
                .optionalText("notes", draft.notes(), 4000)
                .sources("sources", draft.sources());
        if (draft.timeZone() == null) {
            violations.add("timeZone", "must not be null");
        } else if (!isZone(draft.timeZone())) {
            violations.add("timeZone", "must be an IANA time zone such as Asia/Phnom_Penh");
        }
        if (draft.pollsOpen() != null && draft.pollsClose() != null) {
            violations.require(draft.pollsClose().isAfter(draft.pollsOpen()), "pollsClose", "must be after pollsOpen");
        }
        if (draft.seats() != null && draft.constituencies() != null) {
            violations.require(draft.constituencies() <= draft.seats(), "constituencies",
                    "cannot exceed seats: every constituency elects at least one member");
        }
        if (draft.resultsAnnouncedOn() != null) {
            violations.require(draft.resultsStatus() != null, "resultsStatus",
                    "must be given when resultsAnnouncedOn is: which results were announced?");
            violations.require(draft.pollingDate() == null || !draft.resultsAnnouncedOn().isBefore(draft.pollingDate()),
                    "resultsAnnouncedOn", "cannot be before pollingDate");
        }
        if (draft.managementBody() != null) {
            violations.localizedText("managementBody.name", draft.managementBody().name())
                    .optionalText("managementBody.abbreviation", draft.managementBody().abbreviation(), 30);
        }
    }

    private static boolean isZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }
}
