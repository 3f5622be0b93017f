package org.observa.api.http.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.observa.domain.partner.Actor;

/**
 * The actor of the current request: the one its security identity stands for (an API key, or a user of an
 * organisation's identity provider); empty for an anonymous read. Reading it authenticates the request, so a
 * key that is not usable fails here (401) even on a read.
 */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private Actor override;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Makes the rest of this request context act as {@code actor}: for work the service does itself, such as loading the demo data. */
    public void actAs(Actor actor) {
        this.override = actor;
    }

    public Optional<Actor> get() {
        return override != null ? Optional.of(override) : Identities.actor(identity);
    }

    /** Who the current caller is, for rate limits and logs: the key's id, or the identity provider's user. */
    public Optional<String> principal() {
        return override != null ? Optional.empty() : Identities.caller(identity);
    }
}
