package org.observa.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants at the precision PostgreSQL stores, so a record reads back exactly as it was written. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
