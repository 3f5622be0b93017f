package org.observa.api.mission;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.ElectoralPhaseDto;
import org.observa.api.generated.model.EvidenceDto;
import org.observa.api.generated.model.EvidenceKindDto;
import org.observa.api.generated.model.FindingCreateDto;
import org.observa.api.generated.model.FindingDto;
import org.observa.api.generated.model.FindingKindDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Evidence;
import org.observa.domain.mission.EvidenceKind;
import org.observa.domain.mission.Finding;
import org.observa.domain.mission.FindingDraft;
import org.observa.domain.mission.FindingKind;

final class FindingDtoMapper {

    private FindingDtoMapper() {
    }

    /** The CSV columns of findings; documented in the contract, only ever appended to. */
    static final CsvColumns<Finding> CSV = new CsvColumns<Finding>()
            .add("id", Finding::id)
            .add("missionId", Finding::missionId)
            .add("kind", Finding::kind)
            .add("phase", Finding::phase)
            .add("textEn", f -> f.text().english())
            .addJson("texts", f -> f.text().values())
            .addJson("evidence", Finding::evidence)
            .add("createdAt", Finding::createdAt)
            .add("updatedAt", Finding::updatedAt);

    static FindingDto toDto(Finding f) {
        return new FindingDto()
                .id(f.id())
                .missionId(f.missionId())
                .kind(toEnum(f.kind(), FindingKindDto.class))
                .phase(toEnum(f.phase(), ElectoralPhaseDto.class))
                .text(SharedDtoMapper.toDto(f.text()))
                .evidence(toEvidenceDtos(f.evidence()))
                .createdAt(SharedDtoMapper.toDto(f.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(f.updatedAt()));
    }

    /** The finding as a create body: what a merge patch is applied to. */
    static FindingCreateDto toWritable(Finding f) {
        return new FindingCreateDto()
                .kind(toEnum(f.kind(), FindingKindDto.class))
                .phase(toEnum(f.phase(), ElectoralPhaseDto.class))
                .text(SharedDtoMapper.toDto(f.text()))
                .evidence(toEvidenceDtos(f.evidence()));
    }

    static FindingDraft toDraft(FindingCreateDto dto) {
        return new FindingDraft(toEnum(dto.getKind(), FindingKind.class), toEnum(dto.getPhase(), ElectoralPhase.class),
                SharedDtoMapper.toLocalizedText(dto.getText()),
                dto.getEvidence() == null ? null : dto.getEvidence().stream()
                        .map(e -> new Evidence(toEnum(e.getKind(), EvidenceKind.class), e.getId())).toList());
    }

    private static List<EvidenceDto> toEvidenceDtos(List<Evidence> evidence) {
        return evidence.stream().map(e -> new EvidenceDto().kind(toEnum(e.kind(), EvidenceKindDto.class)).id(e.id()))
                .toList();
    }
}
