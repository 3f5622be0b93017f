package org.observa.domain.mission;

/** What a finding's evidence points at. */
public enum EvidenceKind {
    REGISTRY_SNAPSHOT,
    STATION_VISIT
}
