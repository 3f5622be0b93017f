package org.observa.domain.pollingstation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where observation forms and their versions are kept. */
public interface ObservationFormRepository {

    Optional<ObservationForm> byId(UUID id);

    /** Reads a form and holds it against concurrent changes (and new versions) until the transaction ends. */
    Optional<ObservationForm> byIdForUpdate(UUID id);

    boolean codeTaken(String code, UUID exceptId);

    /** Forms matching the query, by code. */
    Page<ObservationForm> search(ObservationFormQuery query, PageRequest page);

    void forEach(ObservationFormQuery query, Consumer<ObservationForm> sink);

    void insert(ObservationForm form);

    void save(ObservationForm form);

    /** Removes a form with its versions. */
    void remove(UUID id);

    Optional<ObservationFormVersion> version(UUID formId, int number);

    Optional<ObservationFormVersion> versionForUpdate(UUID formId, int number);

    /** The highest version number of the form, 0 when it has none. */
    int lastVersionNumber(UUID formId);

    /** The form's newest published version. */
    Optional<ObservationFormVersion> latestPublished(UUID formId);

    /** Versions matching the query, by form and number. */
    Page<ObservationFormVersion> searchVersions(ObservationFormVersionQuery query, PageRequest page);

    void forEachVersion(ObservationFormVersionQuery query, Consumer<ObservationFormVersion> sink);

    void insertVersion(ObservationFormVersion version);

    void saveVersion(ObservationFormVersion version);

    void removeVersion(UUID formId, int number);

    /** Whether any station visit answers any version of the form. */
    boolean isAnswered(UUID formId);

    /** Whether a mission declares that its observers use the form. */
    boolean isDeclared(UUID formId);
}
