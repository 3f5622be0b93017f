package org.observa.domain.mission;

import java.util.UUID;

/**
 * Port: tells whether the record a finding cites as evidence exists. Registry snapshots and station
 * visits belong to other modules; until a module is there, none of its records exist.
 */
public interface EvidenceCatalog {

    boolean exists(EvidenceKind kind, UUID id);
}
