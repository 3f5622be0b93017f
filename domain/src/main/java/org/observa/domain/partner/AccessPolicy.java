package org.observa.domain.partner;

import java.util.Objects;
import java.util.UUID;

/**
 * Who may write what. An ADMIN key writes everything; an EDITOR key writes only what its organisation
 * owns — its missions and everything under them, and the assessments it makes — and cannot move a
 * record into another organisation's mission.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static void requireAdmin(Actor actor, String what) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Only an ADMIN key may change " + what + ".");
        }
    }

    /** Requires the actor to be allowed to write a record owned by {@code owner} (an organisation id). */
    public static void requireOwner(Actor actor, UUID owner, String what) {
        if (actor.isAdmin() || Objects.equals(actor.organizationId(), owner)) {
            return;
        }
        throw new AccessDeniedException("This key may only change records of its own organisation, and "
                + what + " belongs to another one.");
    }
}
