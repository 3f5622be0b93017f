package org.observa.domain.partner;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * Issues, lists and revokes API keys, and tells which actor a token stands for. A bootstrap
 * administrator token from the configuration lets the first keys be created.
 */
public class ApiKeyService {

    static final String RESOURCE = "API key";

    private final ApiKeyRepository keys;
    private final OrganizationRepository organizations;
    private final Clock clock;
    private final byte[] bootstrapHash;

    /** @param bootstrapToken the configured bootstrap administrator token; empty when there is none */
    public ApiKeyService(ApiKeyRepository keys, OrganizationRepository organizations, Clock clock,
                         Optional<String> bootstrapToken) {
        this.keys = keys;
        this.organizations = organizations;
        this.clock = clock;
        this.bootstrapHash = bootstrapToken.map(ApiKeyTokens::hash).orElse(null);
    }

    /** The actor a token stands for; empty for a malformed, unknown or revoked token. */
    public Optional<Actor> authenticate(String token) {
        if (bootstrapHash != null && ApiKeyTokens.sameHash(ApiKeyTokens.hash(token), bootstrapHash)) {
            return Optional.of(Actor.bootstrapAdministrator());
        }
        return ApiKeyTokens.parse(token)
                .flatMap(parsed -> keys.credential(parsed.keyId())
                        .filter(credential -> ApiKeyTokens.sameHash(ApiKeyTokens.hash(parsed.secret()), credential.secretHash()))
                        .map(ApiKeyRepository.Credential::key))
                .filter(key -> !key.isRevoked())
                .map(ApiKey::actor);
    }

    public IssuedApiKey issue(ApiKeyDraft draft) {
        Violations violations = new Violations()
                .notNull("organizationId", draft.organizationId())
                .notNull("role", draft.role())
                .notBlank("label", draft.label(), 200);
        if (draft.organizationId() != null && organizations.byId(draft.organizationId()).isEmpty()) {
            violations.add("organizationId", "there is no organization '" + draft.organizationId() + "'");
        }
        violations.throwIfAny();
        String secret = ApiKeyTokens.newSecret();
        ApiKey key = new ApiKey(UUID.randomUUID(), draft.organizationId(), draft.role(), draft.label(),
                Timestamps.now(clock), null);
        keys.insert(key, ApiKeyTokens.hash(secret));
        return new IssuedApiKey(key, ApiKeyTokens.token(key.id(), secret));
    }

    public ApiKey get(UUID id) {
        return keys.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public ApiKey getForUpdate(UUID id) {
        return keys.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<ApiKey> list(ApiKeyQuery query, PageRequest page) {
        return keys.search(query, page);
    }

    /** Revokes a key at once: the next request that carries it is refused. Revoking twice changes nothing. */
    public ApiKey revoke(ApiKey key) {
        if (key.isRevoked()) {
            return key;
        }
        ApiKey revoked = new ApiKey(key.id(), key.organizationId(), key.role(), key.label(), key.createdAt(),
                Timestamps.now(clock));
        keys.save(revoked);
        return revoked;
    }

    /**
     * Forgets the revoked keys of an organisation that is about to be deleted. Keys that still work keep it
     * from being deleted: they must be revoked first, on purpose.
     */
    public void forgetRevokedKeysOf(UUID organizationId) {
        keys.removeRevokedOf(organizationId);
    }
}
