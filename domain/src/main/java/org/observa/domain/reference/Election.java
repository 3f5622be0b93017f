package org.observa.domain.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** One election in one country. */
public record Election(
        String id,
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
        List<Source> sources,
        Instant createdAt,
        Instant updatedAt) {

    public Election {
        sources = List.copyOf(sources);
    }

    public static Election create(String id, ElectionDraft draft, Instant now) {
        return from(id, draft, now, now);
    }

    public Election updatedWith(ElectionDraft draft, Instant now) {
        return from(id, draft, createdAt, now);
    }

    public ElectionDraft draft() {
        return new ElectionDraft(countryId, type, name, pollingDate, timeZone, pollsOpen, pollsClose, seats,
                constituencies, electoralSystem, managementBody, resultsStatus, resultsAnnouncedOn, notes, sources);
    }

    private static Election from(String id, ElectionDraft d, Instant createdAt, Instant updatedAt) {
        return new Election(id, d.countryId(), d.type(), d.name(), d.pollingDate(), d.timeZone(), d.pollsOpen(),
                d.pollsClose(), d.seats(), d.constituencies(), d.electoralSystem(), d.managementBody(),
                d.resultsStatus(), d.resultsAnnouncedOn(), d.notes(), d.sources(), createdAt, updatedAt);
    }
}
