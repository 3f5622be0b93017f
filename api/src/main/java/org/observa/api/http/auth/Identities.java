package org.observa.api.http.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKeyRole;

/**
 * How an Observa caller is held in Quarkus Security: the roles are the key's role ({@code ADMIN},
 * {@code EDITOR}), the organisation is an attribute, and the principal names the key (or the bootstrap key,
 * or an identity provider's user). The domain's access rules work on the {@link Actor} read back from it.
 */
public final class Identities {

    /** The attribute holding the caller's organisation (a UUID); absent for the bootstrap key and unmapped users. */
    public static final String ORGANIZATION = "observa.organization";
    /** The attribute holding the API key's id (a UUID); absent for the bootstrap key and identity-provider users. */
    public static final String KEY = "observa.key";
    /** The attribute holding the caller's Observa role (ADMIN, EDITOR): an identity provider's own roles do not count. */
    public static final String ROLE = "observa.role";
    /** The attribute naming the caller for rate limits: the key, or the identity provider's issuer and subject. */
    public static final String CALLER = "observa.caller";
    static final String BOOTSTRAP = "bootstrap-administrator-key";

    private Identities() {
    }

    static SecurityIdentity of(Actor actor) {
        String caller = actor.keyId() == null ? BOOTSTRAP : actor.keyId().toString();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller))
                .addRole(actor.role().name())
                .addAttribute(ROLE, actor.role())
                .addAttribute(CALLER, caller);
        if (actor.organizationId() != null) {
            identity.addAttribute(ORGANIZATION, actor.organizationId());
        }
        if (actor.keyId() != null) {
            identity.addAttribute(KEY, actor.keyId());
        }
        return identity.build();
    }

    /** The actor an authenticated identity stands for; empty for an anonymous one. */
    static Optional<Actor> actor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        ApiKeyRole role = ApiKeyRole.ADMIN.equals(identity.getAttribute(ROLE)) ? ApiKeyRole.ADMIN : ApiKeyRole.EDITOR;
        return Optional.of(new Actor(role, identity.<UUID>getAttribute(ORGANIZATION), identity.<UUID>getAttribute(KEY)));
    }

    /** The name rate limits count the caller by. */
    static Optional<String> caller(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.<String>getAttribute(CALLER));
    }
}
