package org.observa.domain.recommendation;

import java.time.LocalDate;
import java.util.List;

/** One recommendation of a chain, with its mission's date and its assessments in date order. */
public record ChainLink(Recommendation recommendation, LocalDate missionDate, List<Assessment> assessments) {

    public ChainLink {
        assessments = List.copyOf(assessments);
    }
}
