package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.shared.Source;

/** What a client states about a polling station, before the rules are checked; election and division come from the centre. */
public record PollingStationDraft(
        UUID centreId,
        String number,
        Integer registeredVoters,
        GeoPoint location,
        String notes,
        List<Source> sources) {

    public PollingStationDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
