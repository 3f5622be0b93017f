package org.observa.domain.partner;

/** What a key may write. Reading is open to everyone, with or without a key. */
public enum ApiKeyRole {
    /** Writes the records its organisation owns: its missions and everything under them, and its assessments. */
    EDITOR,
    /** Writes everything: reference data, organisations, parties, results, registry snapshots, keys. */
    ADMIN
}
