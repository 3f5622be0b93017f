package org.observa.domain.mission;

/** Someone a mission met, with the title they hold, if the report gives it (e.g. Ambassador). */
public record PersonMet(String name, String title) {
}
