package org.observa.persistence.shared;

/**
 * An entity that the rows of a bulk import look up again and again as what they belong to — an election, a
 * centre, a participation — and few of them per import. {@link HibernateBulkWrites} keeps such entities in
 * the persistence context when it releases the rows written, so that the next rows find them there instead of
 * querying for them once per row.
 */
public interface ParentRecord {
}
