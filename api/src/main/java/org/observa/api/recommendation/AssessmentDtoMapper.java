package org.observa.api.recommendation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.Map;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.AssessmentCreateDto;
import org.observa.api.generated.model.AssessmentDto;
import org.observa.api.generated.model.AssessmentStatusDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.recommendation.Assessment;
import org.observa.domain.recommendation.AssessmentDraft;
import org.observa.domain.recommendation.ImplementationStatus;
import org.observa.domain.shared.LocalizedText;

final class AssessmentDtoMapper {

    private AssessmentDtoMapper() {
    }

    /** The CSV columns of assessments; documented in the contract, only ever appended to. */
    static final CsvColumns<Assessment> CSV = new CsvColumns<Assessment>()
            .add("id", Assessment::id)
            .add("recommendationId", Assessment::recommendationId)
            .add("assessedOn", Assessment::assessedOn)
            .add("missionId", Assessment::missionId)
            .add("organizationId", Assessment::organizationId)
            .add("status", Assessment::status)
            .add("rationaleEn", a -> a.rationale() == null ? null : a.rationale().english())
            .addJson("rationales", a -> SharedDtoMapper.toDto(a.rationale()))
            .addJson("evidence", a -> SharedDtoMapper.toSourceDtos(a.evidence()))
            .add("createdAt", Assessment::createdAt)
            .add("updatedAt", Assessment::updatedAt);

    static AssessmentDto toDto(Assessment a) {
        return new AssessmentDto()
                .id(a.id())
                .recommendationId(a.recommendationId())
                .assessedOn(a.assessedOn())
                .missionId(a.missionId())
                .organizationId(a.organizationId())
                .status(toEnum(a.status(), AssessmentStatusDto.class))
                .rationale(SharedDtoMapper.toDto(a.rationale()))
                .evidence(SharedDtoMapper.toSourceDtos(a.evidence()))
                .createdAt(SharedDtoMapper.toDto(a.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(a.updatedAt()));
    }

    /**
     * The assessment as a create body: what a merge patch is applied to. The organisation of an assessing
     * mission is left out, as a client would leave it out, so that a patch of {@code missionId} brings the
     * new mission's organisation.
     */
    static AssessmentCreateDto toWritable(Assessment a) {
        return new AssessmentCreateDto()
                .assessedOn(a.assessedOn())
                .missionId(a.missionId())
                .organizationId(a.missionId() == null ? a.organizationId() : null)
                .status(toEnum(a.status(), AssessmentStatusDto.class))
                .rationale(SharedDtoMapper.toDto(a.rationale()))
                .evidence(SharedDtoMapper.toSourceDtos(a.evidence()));
    }

    static AssessmentDraft toDraft(AssessmentCreateDto dto) {
        return new AssessmentDraft(dto.getAssessedOn(), dto.getMissionId(), dto.getOrganizationId(),
                toEnum(dto.getStatus(), ImplementationStatus.class), SharedDtoMapper.toOptionalLocalizedText(dto.getRationale()),
                SharedDtoMapper.toSources(dto.getEvidence()));
    }
}
