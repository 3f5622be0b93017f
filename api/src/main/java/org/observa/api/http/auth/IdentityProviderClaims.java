package org.observa.api.http.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.observa.domain.partner.ApiKeyRole;

/**
 * Makes a user of an organisation's identity provider (a bearer JSON Web Token that quarkus-oidc verified) an
 * Observa caller: the organisation from a claim of the token, or else from the organisation the operator
 * mapped its issuer to; the role from another claim ({@code EDITOR} when absent). A token that names no
 * organisation authenticates, but may write nothing an organisation owns (403).
 */
@ApplicationScoped
public class IdentityProviderClaims implements SecurityIdentityAugmentor {

    /** observa.oidc.*: how tokens map to organisations and roles. */
    @ConfigMapping(prefix = "observa.oidc")
    public interface Mapping {
        /** Whether bearer JSON Web Tokens are left to quarkus-oidc (configured in quarkus.oidc.*). */
        @WithDefault("false")
        boolean enabled();

        /** The claim holding the caller's organisation id (a UUID). */
        @WithDefault("observa_organization")
        String organizationClaim();

        /** The claim holding the caller's role: ADMIN or EDITOR. */
        @WithDefault("observa_role")
        String roleClaim();

        /** Issuers whose tokens all stand for one organisation: issuer URL to organisation id. */
        Map<String, String> issuerOrganizations();
    }

    private final Mapping mapping;

    public IdentityProviderClaims(Mapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder caller = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Identities.ROLE, role(token))
                .addAttribute(Identities.CALLER, token.getIssuer() + "#" + token.getSubject());
        organization(token).ifPresent(organization -> caller.addAttribute(Identities.ORGANIZATION, organization));
        return Uni.createFrom().item(caller.build());
    }

    private ApiKeyRole role(JsonWebToken token) {
        Object claim = token.getClaim(mapping.roleClaim());
        return claim != null && ApiKeyRole.ADMIN.name().equals(claim.toString().toUpperCase(Locale.ROOT))
                ? ApiKeyRole.ADMIN : ApiKeyRole.EDITOR;
    }

    private Optional<UUID> organization(JsonWebToken token) {
        Object claim = token.getClaim(mapping.organizationClaim());
        String value = claim != null ? claim.toString() : mapping.issuerOrganizations().get(token.getIssuer());
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
