package org.observa.api.http.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.domain.partner.AccessPolicy;
import org.observa.domain.partner.Actor;

/** The access policy applied to the key of the current request. */
@ApplicationScoped
public class WriteAccess {

    private final CurrentActor current;

    public WriteAccess(CurrentActor current) {
        this.current = current;
    }

    public Actor actor() {
        return current.get().orElseThrow(() -> new AuthenticationRequiredException(
                "This needs an API key in the Authorization header (Bearer)."));
    }

    /** Only an ADMIN key may change {@code what} (e.g. "reference data"). */
    public void requireAdmin(String what) {
        AccessPolicy.requireAdmin(actor(), what);
    }

    /** The key must be an ADMIN's or belong to {@code owner}, the organisation that owns {@code what}. */
    public void requireOwner(UUID owner, String what) {
        AccessPolicy.requireOwner(actor(), owner, what);
    }
}
