package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** A venue, usually a school, where one or more polling stations of one election sit. */
public record PollingCentre(
        UUID id,
        String electionId,
        String divisionId,
        LocalizedText name,
        String address,
        GeoPoint location,
        String notes,
        List<Source> sources,
        Instant createdAt,
        Instant updatedAt) {

    public PollingCentre {
        sources = List.copyOf(sources);
    }

    public static PollingCentre create(UUID id, PollingCentreDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public PollingCentre updatedWith(PollingCentreDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public PollingCentreDraft draft() {
        return new PollingCentreDraft(electionId, divisionId, name, address, location, notes, sources);
    }

    private static PollingCentre from(UUID id, PollingCentreDraft d, Instant createdAt, Instant updatedAt) {
        return new PollingCentre(id, d.electionId(), d.divisionId(), d.name(), d.address(), d.location(), d.notes(),
                d.sources(), createdAt, updatedAt);
    }
}
