package org.observa.domain.mission;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** An evidence catalog that knows exactly the records a test tells it about. */
class KnownEvidence implements EvidenceCatalog {

    final Set<Evidence> records = new HashSet<>();

    @Override
    public boolean exists(EvidenceKind kind, UUID id) {
        return records.contains(new Evidence(kind, id));
    }
}
