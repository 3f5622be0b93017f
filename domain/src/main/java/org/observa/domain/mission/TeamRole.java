package org.observa.domain.mission;

/** What a member of a mission's team does. */
public enum TeamRole {
    HEAD_OF_MISSION,
    PROJECT_MANAGER,
    OBSERVER,
    ANALYST,
    INTERPRETER,
    OTHER
}
