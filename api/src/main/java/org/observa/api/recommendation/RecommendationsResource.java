package org.observa.api.recommendation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.RecommendationsApi;
import org.observa.api.generated.model.AddresseeKindDto;
import org.observa.api.generated.model.AssessmentCreateDto;
import org.observa.api.generated.model.AssessmentPageDto;
import org.observa.api.generated.model.AssessmentStatusDto;
import org.observa.api.generated.model.ElectoralPhaseDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.RecommendationCreateDto;
import org.observa.api.generated.model.RecommendationPageDto;
import org.observa.api.generated.model.RecommendationStatsGroupingDto;
import org.observa.api.generated.model.RecommendationStatusDto;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.recommendation.AddresseeKind;
import org.observa.domain.recommendation.Assessment;
import org.observa.domain.recommendation.AssessmentDraft;
import org.observa.domain.recommendation.AssessmentQuery;
import org.observa.domain.recommendation.AssessmentService;
import org.observa.domain.recommendation.ImplementationStatus;
import org.observa.domain.recommendation.Recommendation;
import org.observa.domain.recommendation.RecommendationQuery;
import org.observa.domain.recommendation.RecommendationService;
import org.observa.domain.recommendation.StatsGrouping;

/** Recommendations of missions, their assessments, their chains across missions and their statistics. */
public class RecommendationsResource implements RecommendationsApi {

    private final RecommendationService recommendations;
    private final AssessmentService assessments;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final RecommendationOwners owners;

    public RecommendationsResource(RecommendationService recommendations, AssessmentService assessments,
                                   Representations representations, Preconditions preconditions, Patches patches,
                                   Paging paging, Exports exports, RecommendationOwners owners) {
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.owners = owners;
    }

    @Override
    public Response listRecommendations(UUID missionId, String countryId, String electionId, ElectoralPhaseDto phase,
                                        AddresseeKindDto addressee, RecommendationStatusDto status, String q,
                                        OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        RecommendationQuery query = query(missionId, countryId, electionId, phase, addressee, status, q, updatedSince);
        return paging.ok(recommendations.list(query, paging.request(pageSize, pageToken)), RecommendationDtoMapper::toDto,
                (items, next) -> new RecommendationPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createRecommendation(RecommendationCreateDto body) {
        owners.requireRecommendationWriter(body.getMissionId());
        Recommendation created = recommendations.create(RecommendationDtoMapper.toDraft(body));
        return representations.created("/v1/recommendations/" + created.id(), RecommendationDtoMapper.toDto(created));
    }

    @Override
    public Response getRecommendation(UUID recommendationId, String ifNoneMatch) {
        return representations.ok(RecommendationDtoMapper.toDto(recommendations.get(recommendationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateRecommendation(UUID recommendationId, String ifMatch, ObjectNode body) {
        Recommendation current = recommendations.getForUpdate(recommendationId);
        owners.requireRecommendationWriter(current.missionId());
        preconditions.requireCurrent(ifMatch, RecommendationDtoMapper.toDto(current));
        RecommendationCreateDto changed = patches.apply(RecommendationDtoMapper.toWritable(current), body,
                RecommendationCreateDto.class);
        return representations.ok(RecommendationDtoMapper.toDto(
                recommendations.update(current, RecommendationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteRecommendation(UUID recommendationId, String ifMatch) {
        Recommendation current = recommendations.getForUpdate(recommendationId);
        owners.requireRecommendationWriter(current.missionId());
        preconditions.requireCurrent(ifMatch, RecommendationDtoMapper.toDto(current));
        recommendations.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response getRecommendationChain(UUID recommendationId, String ifNoneMatch) {
        return representations.ok(RecommendationDtoMapper.toDto(recommendations.chain(recommendationId)), ifNoneMatch);
    }

    @Override
    public Response getRecommendationStats(String countryId, RecommendationStatsGroupingDto groupBy, String ifNoneMatch) {
        return representations.ok(RecommendationDtoMapper.toDto(
                recommendations.statistics(countryId, SharedDtoMapper.toEnum(groupBy, StatsGrouping.class))), ifNoneMatch);
    }

    @Override
    public Response exportRecommendations(UUID missionId, String countryId, String electionId, ElectoralPhaseDto phase,
                                          AddresseeKindDto addressee, RecommendationStatusDto status, String q,
                                          OffsetDateTime updatedSince, ExportFormatDto format) {
        RecommendationQuery query = query(missionId, countryId, electionId, phase, addressee, status, q, updatedSince);
        return exports.stream(format, "recommendations", RecommendationDtoMapper.CSV, RecommendationDtoMapper::toDto,
                sink -> recommendations.export(query, sink));
    }

    @Override
    public Response listAssessments(UUID recommendationId, AssessmentStatusDto status, OffsetDateTime updatedSince,
                                    Integer pageSize, String pageToken, String ifNoneMatch) {
        AssessmentQuery query = new AssessmentQuery(recommendationId, null, null,
                SharedDtoMapper.toEnum(status, ImplementationStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(assessments.list(query, paging.request(pageSize, pageToken)), AssessmentDtoMapper::toDto,
                (items, next) -> new AssessmentPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createAssessment(UUID recommendationId, AssessmentCreateDto body) {
        AssessmentDraft draft = AssessmentDtoMapper.toDraft(body);
        owners.requireAssessor(draft);
        Assessment created = assessments.create(recommendationId, draft);
        return representations.created("/v1/recommendations/" + recommendationId + "/assessments/" + created.id(),
                AssessmentDtoMapper.toDto(created));
    }

    @Override
    public Response getAssessment(UUID recommendationId, UUID assessmentId, String ifNoneMatch) {
        return representations.ok(AssessmentDtoMapper.toDto(assessments.get(recommendationId, assessmentId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateAssessment(UUID recommendationId, UUID assessmentId, String ifMatch, ObjectNode body) {
        Assessment current = assessments.getForUpdate(recommendationId, assessmentId);
        owners.requireAssessor(current.organizationId());
        preconditions.requireCurrent(ifMatch, AssessmentDtoMapper.toDto(current));
        AssessmentCreateDto changed = patches.apply(AssessmentDtoMapper.toWritable(current), body,
                AssessmentCreateDto.class);
        AssessmentDraft draft = AssessmentDtoMapper.toDraft(changed);
        owners.requireAssessor(draft);
        return representations.ok(AssessmentDtoMapper.toDto(assessments.update(current, draft)));
    }

    @Override
    @Transactional
    public Response deleteAssessment(UUID recommendationId, UUID assessmentId, String ifMatch) {
        Assessment current = assessments.getForUpdate(recommendationId, assessmentId);
        owners.requireAssessor(current.organizationId());
        preconditions.requireCurrent(ifMatch, AssessmentDtoMapper.toDto(current));
        assessments.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportAssessments(String countryId, UUID organizationId, AssessmentStatusDto status,
                                      OffsetDateTime updatedSince, ExportFormatDto format) {
        AssessmentQuery query = new AssessmentQuery(null, countryId, organizationId,
                SharedDtoMapper.toEnum(status, ImplementationStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "assessments", AssessmentDtoMapper.CSV, AssessmentDtoMapper::toDto,
                sink -> assessments.export(query, sink));
    }

    private static RecommendationQuery query(UUID missionId, String countryId, String electionId, ElectoralPhaseDto phase,
                                             AddresseeKindDto addressee, RecommendationStatusDto status, String q,
                                             OffsetDateTime updatedSince) {
        return new RecommendationQuery(missionId, countryId, electionId, SharedDtoMapper.toEnum(phase, ElectoralPhase.class),
                SharedDtoMapper.toEnum(addressee, AddresseeKind.class),
                SharedDtoMapper.toEnum(status, ImplementationStatus.class), q, SharedDtoMapper.toInstant(updatedSince));
    }
}
