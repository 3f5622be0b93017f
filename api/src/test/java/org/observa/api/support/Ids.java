package org.observa.api.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique codes for records a test creates, so tests never collide in the shared test database. */
public final class Ids {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    private Ids() {
    }

    /** A segment of 1 to 6 letters or digits, unique in this test run. */
    public static String segment() {
        String counter = Integer.toString(COUNTER.incrementAndGet(), 36).toUpperCase();
        String value = (RUN + counter);
        return value.substring(Math.max(0, value.length() - 6));
    }
}
