package org.observa.domain.mission;

import java.time.LocalDate;

/** A run of days; an unknown first or last day leaves that end open. */
public record DateSpan(LocalDate first, LocalDate last) {

    /** The days a mission's engagements may fall on: its own dates, give or take a day for travel and time zones. */
    public static DateSpan engagementsOf(LocalDate missionStart, LocalDate missionEnd) {
        return new DateSpan(missionStart == null ? null : missionStart.minusDays(1),
                missionEnd == null ? null : missionEnd.plusDays(1));
    }

    public boolean admitsFirstDay(LocalDate day) {
        return first == null || !day.isBefore(first);
    }

    public boolean admitsLastDay(LocalDate day) {
        return last == null || !day.isAfter(last);
    }
}
