package org.observa.domain.reference;

import java.time.Instant;
import java.util.List;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

/** A country or an administrative area inside it, identified by its ISO 3166 (or extended) code. */
public record Division(
        String id,
        DivisionLevel level,
        String parentId,
        LocalizedText name,
        List<Identifier> identifiers,
        Instant createdAt,
        Instant updatedAt) {

    public Division {
        identifiers = List.copyOf(identifiers);
    }

    /** The country a division belongs to: the first two letters of every code are its ISO 3166-1 code. */
    public String countryId() {
        return DivisionCodes.countryOf(id);
    }

    public DivisionDraft draft() {
        return new DivisionDraft(id, level, parentId, name, identifiers);
    }
}
