package org.observa.api.http.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.observa.domain.partner.Actor;

/** The actor of the current request, set by {@link ApiKeyAuthentication}; empty for anonymous reads. */
@RequestScoped
public class CurrentActor {

    private Actor actor;

    void set(Actor actor) {
        this.actor = actor;
    }

    /** Makes the rest of this request context act as {@code actor}: for work the service does itself, such as loading the demo data. */
    public void actAs(Actor actor) {
        set(actor);
    }

    public Optional<Actor> get() {
        return Optional.ofNullable(actor);
    }
}
