package org.observa.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/**
 * A political party of one country. {@code predecessorId} names the party it was renamed from or
 * succeeded, so that a party's history across elections can be followed.
 */
public record Party(
        UUID id,
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
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Party {
        identifiers = List.copyOf(identifiers);
        sources = List.copyOf(sources);
    }

    public static Party create(UUID id, PartyDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public Party updatedWith(PartyDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public PartyDraft draft() {
        return new PartyDraft(countryId, name, abbreviation, foundedOn, dissolvedOn, colour, logoUrl, identifiers,
                predecessorId, sources, notes);
    }

    /** Whether the party existed on {@code day}: an unknown founding date counts as founded. */
    public boolean isActiveOn(LocalDate day) {
        return (foundedOn == null || !foundedOn.isAfter(day)) && (dissolvedOn == null || !dissolvedOn.isBefore(day));
    }

    private static Party from(UUID id, PartyDraft d, Instant createdAt, Instant updatedAt) {
        return new Party(id, d.countryId(), d.name(), d.abbreviation(), d.foundedOn(), d.dissolvedOn(), d.colour(),
                d.logoUrl(), d.identifiers(), d.predecessorId(), d.sources(), d.notes(), createdAt, updatedAt);
    }
}
