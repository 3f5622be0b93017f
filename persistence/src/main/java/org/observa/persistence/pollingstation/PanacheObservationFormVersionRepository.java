package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Form versions as Panache queries; the port for them is {@link PanacheObservationFormRepository}. */
@ApplicationScoped
public class PanacheObservationFormVersionRepository
        implements PanacheRepositoryBase<ObservationFormVersionEntity, ObservationFormVersionEntity.Key> {
}
