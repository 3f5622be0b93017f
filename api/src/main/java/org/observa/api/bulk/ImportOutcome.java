package org.observa.api.bulk;

/** What an imported row did to the stored record it names. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED;

    /** Services return the current record itself when an update changes nothing. */
    public static ImportOutcome ofUpdate(Object before, Object after) {
        return before == after ? UNCHANGED : UPDATED;
    }
}
