package org.observa.domain.reference;

import java.util.List;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

/** What a client states about a division, before the rules are checked. */
public record DivisionDraft(
        String id,
        DivisionLevel level,
        String parentId,
        LocalizedText name,
        List<Identifier> identifiers) {

    public DivisionDraft {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
