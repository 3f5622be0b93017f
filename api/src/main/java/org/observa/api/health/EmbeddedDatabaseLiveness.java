package org.observa.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.observa.api.database.EmbeddedPostgresServer;

/**
 * Live unless the embedded database died and could not be started again: then only a restart of the
 * service helps, and a supervisor (systemd, Kubernetes) that watches /q/health/live does it. The database
 * being unreachable for a while is a readiness matter (the datasource's own check), not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("embedded-database").status(EmbeddedPostgresServer.isUsable()).build();
    }
}
