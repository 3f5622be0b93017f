package org.observa.domain.mission;

/** How a finding judges what the mission saw. */
public enum FindingKind {
    POSITIVE,
    CHALLENGE,
    COMMENT
}
