package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.Source;

/**
 * A polling station: where a list of voters casts and counts its ballots. Its official number is unique
 * within its election; its election and division are those of its centre.
 */
public record PollingStation(
        UUID id,
        String electionId,
        UUID centreId,
        String divisionId,
        String number,
        Integer registeredVoters,
        GeoPoint location,
        String notes,
        List<Source> sources,
        Instant createdAt,
        Instant updatedAt) {

    public PollingStation {
        sources = List.copyOf(sources);
    }

    public static PollingStation create(UUID id, PollingCentre centre, PollingStationDraft draft, Instant now) {
        return from(id, centre, draft, now, now);
    }

    public PollingStation updatedWith(PollingCentre centre, PollingStationDraft draft, Instant now) {
        return from(id, centre, draft, createdAt, now);
    }

    public PollingStationDraft draft() {
        return new PollingStationDraft(centreId, number, registeredVoters, location, notes, sources);
    }

    /** Where the station can be read, for messages that point a client at it. */
    public String path() {
        return "/v1/polling-stations/" + id;
    }

    private static PollingStation from(UUID id, PollingCentre centre, PollingStationDraft d, Instant createdAt,
                                       Instant updatedAt) {
        return new PollingStation(id, centre.electionId(), centre.id(), centre.divisionId(), d.number(),
                d.registeredVoters(), d.location(), d.notes(), d.sources(), createdAt, updatedAt);
    }
}
