package org.observa.domain.reference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** What a client states about an election, before the rules are checked. */
public record ElectionDraft(
        String countryId,
        ElectionType type,
        LocalizedText name,
        LocalDate pollingDate,
        String timeZone,
        LocalTime pollsOpen,
        LocalTime pollsClose,
        Integer seats,
        Integer constituencies,
        ElectoralSystem electoralSystem,
        ManagementBody managementBody,
        ResultsStatus resultsStatus,
        LocalDate resultsAnnouncedOn,
        String notes,
        List<Source> sources) {

    public ElectionDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
