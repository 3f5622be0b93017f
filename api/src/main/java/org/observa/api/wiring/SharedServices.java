package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** What every module's services share. */
public class SharedServices {

    /** Domain services take the time from here, so tests of the domain can fix it. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
