package org.observa.domain.demo;

import java.time.Instant;

/**
 * Port: remembers which parts of the demo dataset a database has received, so that each part is loaded
 * once — a restart adds nothing twice, and a record a user deleted does not come back.
 */
public interface DemoDataLog {

    /** Makes concurrent loaders (several instances starting at once) wait for each other until commit. */
    void lock();

    boolean isLoaded(String part);

    void markLoaded(String part, Instant at);
}
