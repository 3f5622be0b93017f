package org.observa.domain.tabulation;

import java.util.UUID;

/** What a client states about a station's official result, before the rules are checked. */
public record StationResultDraft(UUID stationId, ResultFigures figures) {
}
