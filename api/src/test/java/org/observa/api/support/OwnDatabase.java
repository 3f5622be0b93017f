package org.observa.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A test profile whose application uses a database of its own on the suite's embedded PostgreSQL, with the
 * demo data freshly loaded: for tests whose writes no other test may see, or that must not see theirs.
 */
public abstract class OwnDatabase implements QuarkusTestProfile {

    private final String database;

    protected OwnDatabase(String database) {
        this.database = database;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("observa.database.embedded.database", database);
    }
}
