package org.observa.api.recommendation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.AssessmentCreateDto;
import org.observa.api.generated.model.RecommendationCreateDto;
import org.observa.domain.recommendation.AssessmentService;
import org.observa.domain.recommendation.RecommendationService;

/**
 * The recommendations of Interband's 2023 report — its three recommendations of 2023 and the earlier
 * proposal to computerise voter registration that the first follows up, with the 2023 mission's
 * assessment of that proposal. Records keep the fixed ids of the demo file, so their URLs are the same
 * everywhere; the file lists each recommendation after the one it follows.
 */
@ApplicationScoped
public class RecommendationDemoData implements DemoDataPart {

    /** A recommendation with the assessments recorded of it. */
    record RecommendationRecords(ObjectNode recommendation, List<ObjectNode> assessments) {

        RecommendationRecords {
            assessments = assessments == null ? List.of() : assessments;
        }
    }

    record Content(List<RecommendationRecords> recommendations) {
    }

    private final DemoFiles files;
    private final RecommendationService recommendations;
    private final AssessmentService assessments;

    public RecommendationDemoData(DemoFiles files, RecommendationService recommendations, AssessmentService assessments) {
        this.files = files;
        this.recommendations = recommendations;
        this.assessments = assessments;
    }

    @Override
    public String name() {
        return "recommendations";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Content content = files.read("demo/recommendations.json", Content.class);
        for (RecommendationRecords records : content.recommendations()) {
            var recommendation = files.identified(records.recommendation(), RecommendationCreateDto.class);
            UUID recommendationId = recommendations.create(recommendation.id(),
                    RecommendationDtoMapper.toDraft(recommendation.body())).id();
            for (ObjectNode record : records.assessments()) {
                var assessment = files.identified(record, AssessmentCreateDto.class);
                assessments.create(recommendationId, assessment.id(), AssessmentDtoMapper.toDraft(assessment.body()));
            }
        }
    }
}
