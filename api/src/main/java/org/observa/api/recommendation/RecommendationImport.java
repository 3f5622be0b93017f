package org.observa.api.recommendation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.RecommendationCreateDto;
import org.observa.domain.recommendation.Recommendation;
import org.observa.domain.recommendation.RecommendationDraft;
import org.observa.domain.recommendation.RecommendationService;

/**
 * Recommendations in a bulk import: matched by their id, or by mission and number. A recommendation must
 * come after the one it follows in the bundle.
 */
@ApplicationScoped
public class RecommendationImport implements ImportType {

    private final RecommendationService recommendations;
    private final RecommendationOwners owners;
    private final ImportRows rows;

    public RecommendationImport(RecommendationService recommendations, RecommendationOwners owners, ImportRows rows) {
        this.recommendations = recommendations;
        this.owners = owners;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "recommendations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        Optional<UUID> id = rows.optionalId(row);
        RecommendationDraft draft = RecommendationDtoMapper.toDraft(rows.body(row, RecommendationCreateDto.class, "id"));
        owners.requireRecommendationWriter(draft.missionId());
        Optional<Recommendation> existing = id.isPresent()
                ? rows.existing(() -> recommendations.getForUpdate(id.get()))
                : recommendations.find(draft.missionId(), draft.number()).map(found -> recommendations.getForUpdate(found.id()));
        return existing
                .map(current -> {
                    owners.requireRecommendationWriter(current.missionId());
                    return ImportOutcome.ofUpdate(current, recommendations.update(current, RecommendationDtoMapper.toDraft(
                            rows.merged(RecommendationDtoMapper.toWritable(current), row, RecommendationCreateDto.class, "id"))));
                })
                .orElseGet(() -> {
                    if (id.isPresent()) {
                        recommendations.create(id.get(), draft);
                    } else {
                        recommendations.create(draft);
                    }
                    return ImportOutcome.CREATED;
                });
    }
}
