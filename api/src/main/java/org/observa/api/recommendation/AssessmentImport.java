package org.observa.api.recommendation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.AssessmentCreateDto;
import org.observa.domain.recommendation.AssessmentDraft;
import org.observa.domain.recommendation.AssessmentService;

/** Assessments in a bulk import: matched by their id within their recommendation ({@code recommendationId}). */
@ApplicationScoped
public class AssessmentImport implements ImportType {

    private final AssessmentService assessments;
    private final RecommendationOwners owners;
    private final ImportRows rows;

    public AssessmentImport(AssessmentService assessments, RecommendationOwners owners, ImportRows rows) {
        this.assessments = assessments;
        this.owners = owners;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "assessments";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        UUID recommendationId = rows.requiredUuid(row, "recommendationId");
        return rows.existing(() -> assessments.getForUpdate(recommendationId, id))
                .map(current -> {
                    owners.requireAssessor(current.organizationId());
                    AssessmentDraft draft = AssessmentDtoMapper.toDraft(rows.merged(AssessmentDtoMapper.toWritable(current),
                            row, AssessmentCreateDto.class, "id", "recommendationId"));
                    owners.requireAssessor(draft);
                    return ImportOutcome.ofUpdate(current, assessments.update(current, draft));
                })
                .orElseGet(() -> {
                    AssessmentDraft draft = AssessmentDtoMapper.toDraft(
                            rows.body(row, AssessmentCreateDto.class, "id", "recommendationId"));
                    owners.requireAssessor(draft);
                    assessments.create(recommendationId, id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
