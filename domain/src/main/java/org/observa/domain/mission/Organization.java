package org.observa.domain.mission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;

/** An observer group, or a body observers meet: an election commission, an embassy, a party, a university. */
public record Organization(
        UUID id,
        LocalizedText name,
        String abbreviation,
        OrganizationClassification classification,
        String countryId,
        String website,
        List<Identifier> identifiers,
        Instant createdAt,
        Instant updatedAt) {

    public Organization {
        identifiers = List.copyOf(identifiers);
    }

    public static Organization create(UUID id, OrganizationDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public Organization updatedWith(OrganizationDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public OrganizationDraft draft() {
        return new OrganizationDraft(name, abbreviation, classification, countryId, website, identifiers);
    }

    private static Organization from(UUID id, OrganizationDraft d, Instant createdAt, Instant updatedAt) {
        return new Organization(id, d.name(), d.abbreviation(), d.classification(), d.countryId(), d.website(),
                d.identifiers(), createdAt, updatedAt);
    }
}
