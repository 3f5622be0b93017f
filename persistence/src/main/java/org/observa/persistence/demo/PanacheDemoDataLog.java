package org.observa.persistence.demo;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.observa.domain.demo.DemoDataLog;

@ApplicationScoped
public class PanacheDemoDataLog implements DemoDataLog {

    // Any constant works; it only has to be the same for every instance of the service.
    private static final long DEMO_DATA_LOCK = 0x0B5E_4FA0L;

    @Override
    public void lock() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", DEMO_DATA_LOCK).getSingleResult();
    }

    @Override
    public boolean isLoaded(String part) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from demo_data_part where name = :name")
                .setParameter("name", part).getResultList().isEmpty();
    }

    @Override
    public void markLoaded(String part, Instant at) {
        Panache.getEntityManager().createNativeQuery("insert into demo_data_part (name, loaded_at) values (:name, :at)")
                .setParameter("name", part).setParameter("at", at).executeUpdate();
    }
}
