package org.observa.domain.partner;

/** What happened to a resource. */
public enum ChangeOperation {
    CREATE,
    UPDATE,
    DELETE
}
