package org.observa.domain.mission;

/**
 * Where a mission stands. It moves forward only — PLANNED, ACTIVE, REPORTED, ARCHIVED — except that an
 * archived mission may be reopened as REPORTED (a corrected or supplemented report).
 */
public enum MissionStatus {
    PLANNED,
    ACTIVE,
    REPORTED,
    ARCHIVED;

    public boolean canMoveTo(MissionStatus next) {
        return next.ordinal() >= ordinal() || this == ARCHIVED && next == REPORTED;
    }
}
