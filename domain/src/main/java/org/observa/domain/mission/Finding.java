package org.observa.domain.mission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;

/** One point of a mission's evaluation: something positive, a challenge, or a comment, with its evidence. */
public record Finding(
        UUID id,
        UUID missionId,
        FindingKind kind,
        ElectoralPhase phase,
        LocalizedText text,
        List<Evidence> evidence,
        Instant createdAt,
        Instant updatedAt) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding create(UUID id, UUID missionId, FindingDraft draft, Instant now) {
        return from(id, missionId, draft, now, now);
    }

    public Finding updatedWith(FindingDraft draft, Instant now) {
        return from(id, missionId, draft, createdAt, now);
    }

    public FindingDraft draft() {
        return new FindingDraft(kind, phase, text, evidence);
    }

    private static Finding from(UUID id, UUID missionId, FindingDraft d, Instant createdAt, Instant updatedAt) {
        return new Finding(id, missionId, d.kind(), d.phase(), d.text(), d.evidence(), createdAt, updatedAt);
    }
}
