package org.observa.domain.pollingstation;

/** An observer team's overall judgement of what it saw, on the four-point scale international missions use. */
public enum VisitAssessment {
    VERY_GOOD,
    GOOD,
    BAD,
    VERY_BAD
}
