package org.observa.domain.mission;

import java.util.UUID;

/** A record that supports a finding: a registry snapshot or a polling-station visit. */
public record Evidence(EvidenceKind kind, UUID id) {
}
