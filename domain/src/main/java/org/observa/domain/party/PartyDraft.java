package org.observa.domain.party;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** What a client states about a party, before the rules are checked. */
public record PartyDraft(
        String countryId,
        LocalizedText name,
        String abbreviation,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        String colour,
        String logoUrl,
        List<Identifier> identifiers,
        UUID predecessorId,
        List<Source> sources,
        String notes) {

    public PartyDraft {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
