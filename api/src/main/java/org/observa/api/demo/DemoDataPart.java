package org.observa.api.demo;

/**
 * One module's part of the demo dataset. Each part is loaded once per database, in its own transaction,
 * through the module's domain services, so the demo data obeys the same rules as data sent by clients.
 */
public interface DemoDataPart {

    /** A stable name, recorded in the database once the part is loaded. */
    String name();

    /** Parts load in ascending order: reference data before the records that refer to it. */
    int order();

    void load();
}
