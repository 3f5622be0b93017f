package org.observa.domain.partner;

import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where keys and the hashes of their secrets are kept. */
public interface ApiKeyRepository {

    /** A key and the SHA-256 hash of its secret. */
    record Credential(ApiKey key, byte[] secretHash) {
    }

    Optional<ApiKey> byId(UUID id);

    Optional<ApiKey> byIdForUpdate(UUID id);

    Optional<Credential> credential(UUID id);

    /** Keys matching the query, oldest first, then by id. */
    Page<ApiKey> search(ApiKeyQuery query, PageRequest page);

    void insert(ApiKey key, byte[] secretHash);

    void save(ApiKey key);

    /** Removes the revoked keys of an organisation: nothing can use them, and they would keep it from being deleted. */
    void removeRevokedOf(UUID organizationId);
}
