package org.observa.api.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Which database a request's persistence context reads from, through Hibernate's database multi-tenancy with
 * two "tenants": the primary and the read replica. Requests that {@link ReplicaReads} marked — anonymous
 * reads — go to the replica while it can be used; everything else to the primary. The domain and the
 * repositories know nothing of it. Hibernate asks for the tenant only within a request context, so work on
 * threads of its own (the webhook deliveries) activates one.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaReadRouting implements TenantResolver, TenantConnectionResolver {

    static final String PRIMARY = "primary";

    private final ReadReplica replica;
    private final Instance<AgroalDataSource> primary;

    public ReplicaReadRouting(ReadReplica replica, Instance<AgroalDataSource> primary) {
        this.replica = replica;
        this.primary = primary;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return replica.servesThisRequest() ? ReadReplica.NAME : PRIMARY;
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return new QuarkusConnectionProvider(ReadReplica.NAME.equals(tenantId) ? replica.dataSource() : primary.get());
    }
}
