package org.observa.domain.mission;

import java.util.UUID;

/** Port: the observation forms a mission may declare that its observers use. */
public interface FormCatalog {

    boolean exists(UUID formId);
}
