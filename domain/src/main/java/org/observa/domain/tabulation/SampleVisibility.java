package org.observa.domain.tabulation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.Actor;

/**
 * Who reads a sample before its election is over: only its mission's organisation (and ADMIN keys), so that nobody
 * knows in advance which stations are watched. From the day after polling day (in the election's time zone) every
 * sample is public. {@code now} decides which elections are over.
 */
public record SampleVisibility(boolean everything, UUID organizationId, Instant now) {

    public static SampleVisibility of(Optional<Actor> reader, Instant now) {
        return reader.map(actor -> new SampleVisibility(actor.isAdmin(), actor.organizationId(), now))
                .orElse(new SampleVisibility(false, null, now));
    }
}
