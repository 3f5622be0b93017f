package org.observa.domain.mission;

/** A member of a mission's team. */
public record TeamMember(String name, TeamRole role) {
}
