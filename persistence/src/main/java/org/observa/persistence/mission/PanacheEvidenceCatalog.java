package org.observa.persistence.mission;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.observa.domain.mission.EvidenceCatalog;
import org.observa.domain.mission.EvidenceKind;

/**
 * Looks evidence up in the tables of the modules that own it. Those modules may not be installed yet: a
 * table that does not exist holds no records, so a finding can never cite something that is not there.
 */
@ApplicationScoped
public class PanacheEvidenceCatalog implements EvidenceCatalog {

    @Override
    public boolean exists(EvidenceKind kind, UUID id) {
        // A fixed table name per kind: nothing a client sends ever becomes part of the SQL.
        String table = switch (kind) {
            case REGISTRY_SNAPSHOT -> "registry_snapshot";
            case STATION_VISIT -> "station_visit";
        };
        EntityManager entityManager = Panache.getEntityManager();
        Object present = entityManager.createNativeQuery("select to_regclass(:table) is not null")
                .setParameter("table", table).getSingleResult();
        if (!Boolean.TRUE.equals(present)) {
            return false;
        }
        return !entityManager.createNativeQuery("select 1 from " + table + " where id = :id")
                .setParameter("id", id).getResultList().isEmpty();
    }
}
