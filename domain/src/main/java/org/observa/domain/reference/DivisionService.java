package org.observa.domain.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/** The rules of divisions: code formats, a parent exactly one level up, no orphaned children. */
public class DivisionService {

    static final String RESOURCE = "division";

    private final DivisionRepository divisions;
    private final ElectionRepository elections;
    private final Clock clock;

    public DivisionService(DivisionRepository divisions, ElectionRepository elections, Clock clock) {
        this.divisions = divisions;
        this.elections = elections;
        this.clock = clock;
    }

    public Division get(String id) {
        return divisions.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** Reads a division to change it: nobody else can change it until the transaction ends. */
    public Division getForUpdate(String id) {
        return divisions.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    public Page<Division> list(DivisionQuery query, PageRequest page) {
        return divisions.search(query, page);
    }

    public void export(DivisionQuery query, Consumer<Division> sink) {
        divisions.forEach(query, sink);
    }

    public Division create(DivisionDraft draft) {
        Violations violations = new Violations();
        checkFields(draft, violations);
        checkPlaceInHierarchy(draft, violations);
        violations.throwIfAny();
        if (divisions.byId(draft.id()).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, draft.id());
        }
        Instant now = Timestamps.now(clock);
        Division division = new Division(draft.id(), draft.level(), draft.parentId(), draft.name(),
                draft.identifiers(), now, now);
        divisions.insert(division);
        return division;
    }

    /** Replaces the changeable fields (name, identifiers); the code and the place in the hierarchy are fixed. */
    public Division update(Division current, DivisionDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.id(), draft.id()), "id", "cannot be changed; create a new division instead")
                .require(current.level() == draft.level(), "level", "cannot be changed; create a new division instead")
                .require(Objects.equals(current.parentId(), draft.parentId()), "parentId",
                        "cannot be changed; create a new division instead");
        checkFields(draft, violations);
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        Division updated = new Division(current.id(), current.level(), current.parentId(), draft.name(),
                draft.identifiers(), current.createdAt(), Timestamps.now(clock));
        divisions.save(updated);
        return updated;
    }

    public void delete(Division division) {
        if (divisions.hasChildren(division.id())) {
            throw new ConflictException("Division '" + division.id()
                    + "' still has divisions under it; delete them first.");
        }
        if (elections.existsInCountry(division.id())) {
            throw new ConflictException("Division '" + division.id()
                    + "' is the country of one or more elections; delete them first.");
        }
        divisions.remove(division.id());
    }

    private static void checkFields(DivisionDraft draft, Violations violations) {
        violations.notNull("id", draft.id()).notNull("level", draft.level());
        violations.localizedText("name", draft.name()).identifiers("identifiers", draft.identifiers());
    }

    private void checkPlaceInHierarchy(DivisionDraft draft, Violations violations) {
        if (draft.level() == null || draft.id() == null) {
            return;
        }
        DivisionLevel expectedParent = draft.level().parentLevel();
        if (expectedParent == null) {
            violations.require(draft.parentId() == null, "parentId", "must be absent: a COUNTRY has no parent");
        } else if (draft.parentId() == null) {
            violations.add("parentId", "must be given: a " + draft.level() + " lies inside a " + expectedParent);
        } else {
            divisions.byId(draft.parentId()).ifPresentOrElse(
                    parent -> violations.require(parent.level() == expectedParent, "parentId",
                            "must be a " + expectedParent + " for a " + draft.level() + ", but '"
                                    + parent.id() + "' is a " + parent.level()),
                    () -> violations.add("parentId", "there is no division '" + draft.parentId() + "'"));
        }
        String problem = DivisionCodes.problemWith(draft.id(), draft.level(), draft.parentId());
        if (problem != null) {
            violations.add("id", problem);
        }
    }
}
