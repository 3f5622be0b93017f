package org.observa.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** One party in one election: whether it was allowed to run, since when and why. */
public record Participation(
        UUID id,
        String electionId,
        UUID partyId,
        ParticipationStatus status,
        LocalDate statusDate,
        LocalizedText reason,
        List<Source> sources,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Participation {
        sources = List.copyOf(sources);
    }

    public static Participation create(UUID id, String electionId, ParticipationDraft draft, Instant now) {
        return from(id, electionId, draft, now, now);
    }

    public Participation updatedWith(ParticipationDraft draft, Instant now) {
        return from(id, electionId, draft, createdAt, now);
    }

    public ParticipationDraft draft() {
        return new ParticipationDraft(partyId, status, statusDate, reason, sources, notes);
    }

    private static Participation from(UUID id, String electionId, ParticipationDraft d, Instant createdAt,
                                      Instant updatedAt) {
        return new Participation(id, electionId, d.partyId(), d.status(), d.statusDate(), d.reason(), d.sources(),
                d.notes(), createdAt, updatedAt);
    }
}
