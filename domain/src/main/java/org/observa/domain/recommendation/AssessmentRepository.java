package org.observa.domain.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the assessments of recommendations are kept. */
public interface AssessmentRepository {

    Optional<Assessment> byId(UUID id);

    /** Reads an assessment and holds it against concurrent changes until the transaction ends. */
    Optional<Assessment> byIdForUpdate(UUID id);

    /** Assessments matching the query, by date assessed, then in the order they were recorded. */
    Page<Assessment> search(AssessmentQuery query, PageRequest page);

    /** Every assessment matching the query, by recommendation, then in list order, one at a time. */
    void forEach(AssessmentQuery query, Consumer<Assessment> sink);

    /** The assessments of these recommendations, by date assessed, then in the order they were recorded. */
    List<Assessment> ofRecommendations(Collection<UUID> recommendationIds);

    void insert(Assessment assessment);

    void save(Assessment assessment);

    void remove(UUID id);

    void removeAllOfRecommendation(UUID recommendationId);
}
