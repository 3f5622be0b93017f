package org.observa.domain.recommendation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the assessment store; it keeps the order in which assessments were recorded. */
class InMemoryAssessments implements AssessmentRepository {

    final Map<UUID, Assessment> rows = new LinkedHashMap<>();

    @Override
    public Optional<Assessment> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Assessment> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Assessment> search(AssessmentQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(AssessmentQuery query, Consumer<Assessment> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public List<Assessment> ofRecommendations(Collection<UUID> recommendationIds) {
        // A stable sort keeps the order of recording among assessments of the same day.
        return rows.values().stream().filter(a -> recommendationIds.contains(a.recommendationId()))
                .sorted(Comparator.comparing(Assessment::assessedOn)).toList();
    }

    @Override
    public void insert(Assessment assessment) {
        rows.put(assessment.id(), assessment);
    }

    @Override
    public void save(Assessment assessment) {
        rows.put(assessment.id(), assessment);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void removeAllOfRecommendation(UUID recommendationId) {
        rows.values().removeIf(a -> a.recommendationId().equals(recommendationId));
    }
}
