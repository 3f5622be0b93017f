package org.observa.domain.pollingstation;

import java.util.List;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** What a client states about a polling centre, before the rules are checked. */
public record PollingCentreDraft(
        String electionId,
        String divisionId,
        LocalizedText name,
        String address,
        GeoPoint location,
        String notes,
        List<Source> sources) {

    public PollingCentreDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
