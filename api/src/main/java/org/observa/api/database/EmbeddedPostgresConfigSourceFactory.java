package org.observa.api.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database when Quarkus reads its runtime configuration, before the datasource opens: the
 * PostgreSQL named by {@code quarkus.datasource.jdbc.url} (QUARKUS_DATASOURCE_JDBC_URL) if there is one,
 * otherwise an embedded PostgreSQL that this factory starts and points the datasource at.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR = "observa.database.embedded.data-dir";
    static final String THROW_AWAY = "observa.database.embedded.throw-away";
    static final String ACTIVE = "observa.database.embedded.active";
    /** False only where losing data in a crash is acceptable (benchmarks): fsync and synchronous commit off. */
    static final String DURABLE = "observa.database.embedded.durable";
    /** A database of its own on the embedded server, created when missing: test profiles that must not share data use it. */
    static final String DATABASE = "observa.database.embedded.database";

    // Below environment variables and system properties, above application.properties.
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime() || value(context, JDBC_URL) != null) {
            return List.of();
        }
        boolean throwAway = Boolean.parseBoolean(value(context, THROW_AWAY));
        String dataDirectory = value(context, DATA_DIR);
        String url = EmbeddedPostgresServer.ensureStarted(
                throwAway ? null : Path.of(dataDirectory == null ? "./data/postgres" : dataDirectory),
                !"false".equals(value(context, DURABLE)));
        String database = value(context, DATABASE);
        if (database != null) {
            url = EmbeddedPostgresServer.ensureDatabase(database);
        }
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", EmbeddedPostgresServer.password(),
                ACTIVE, "true"), "embedded PostgreSQL", ORDINAL));
    }

    /**
     * Quarkus also reads configuration while it builds the application, and bakes the values it sees then
     * into the package as defaults: a database started then would be dead, yet named, at run time.
     */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().startsWith("io.quarkus.deployment.")));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
