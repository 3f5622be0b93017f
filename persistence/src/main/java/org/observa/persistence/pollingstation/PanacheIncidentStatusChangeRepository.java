package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The steps of incidents' histories as Panache queries; the port for them is {@link PanacheIncidentRepository}. */
@ApplicationScoped
public class PanacheIncidentStatusChangeRepository implements PanacheRepositoryBase<IncidentStatusChangeEntity, UUID> {
}
