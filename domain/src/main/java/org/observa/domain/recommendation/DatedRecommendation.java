package org.observa.domain.recommendation;

import java.time.LocalDate;

/** A recommendation with the date of its mission (its start, or its election's polling day when unknown). */
public record DatedRecommendation(Recommendation recommendation, LocalDate missionDate) {
}
