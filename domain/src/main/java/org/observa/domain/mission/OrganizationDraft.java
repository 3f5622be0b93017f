package org.observa.domain.mission;

import java.util.List;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

/** What a client states about an organisation, before the rules are checked. */
public record OrganizationDraft(
        LocalizedText name,
        String abbreviation,
        OrganizationClassification classification,
        String countryId,
        String website,
        List<Identifier> identifiers) {

    public OrganizationDraft {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
