package org.observa.domain.partner;

import java.util.UUID;

/**
 * Who is writing: the role and organisation of the API key a request carries. The bootstrap
 * administrator's key belongs to no organisation and has no id.
 */
public record Actor(ApiKeyRole role, UUID organizationId, UUID keyId) {

    public static Actor bootstrapAdministrator() {
        return new Actor(ApiKeyRole.ADMIN, null, null);
    }

    public boolean isAdmin() {
        return role == ApiKeyRole.ADMIN;
    }
}
