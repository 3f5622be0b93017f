package org.observa.api.pollingstation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.ChecklistDto;
import org.observa.api.generated.model.StationVisitCreateDto;
import org.observa.api.generated.model.StationVisitDto;
import org.observa.api.generated.model.VisitAssessmentDto;
import org.observa.api.generated.model.VisitPhaseDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.ChecklistAnswer;
import org.observa.domain.pollingstation.ChecklistQuestion;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.StationVisitDraft;
import org.observa.domain.pollingstation.VisitAssessment;
import org.observa.domain.pollingstation.VisitPhase;

final class StationVisitDtoMapper {

    // The generated checklist names its properties by the question codes: converting by name covers every
    // question, including those added later, without a line per question.
    private static final ObjectMapper BY_CODE = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, String>> ANSWERS_BY_CODE = new TypeReference<>() {
    };

    /** The CSV columns of station visits, one per checklist question at the end; documented in the contract, only ever appended to. */
    static final CsvColumns<StationVisit> CSV = csvColumns();

    private StationVisitDtoMapper() {
    }

    private static CsvColumns<StationVisit> csvColumns() {
        CsvColumns<StationVisit> columns = new CsvColumns<StationVisit>()
                .add("id", StationVisit::id)
                .add("missionId", StationVisit::missionId)
                .add("stationId", StationVisit::stationId)
                .add("electionId", StationVisit::electionId)
                .add("visitedOn", StationVisit::visitedOn)
                .add("arrivedAt", StationVisit::arrivedAt)
                .add("departedAt", StationVisit::departedAt)
                .add("phase", StationVisit::phase)
                .add("assessment", StationVisit::assessment)
                .addJson("observers", StationVisit::observers)
                .add("notes", StationVisit::notes)
                .add("createdAt", StationVisit::createdAt)
                .add("updatedAt", StationVisit::updatedAt);
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            columns.add(question.name(), v -> v.checklist().get(question));
        }
        return columns;
    }

    static StationVisitDto toDto(StationVisit v) {
        return new StationVisitDto()
                .id(v.id())
                .missionId(v.missionId())
                .stationId(v.stationId())
                .electionId(v.electionId())
                .observers(v.observers())
                .visitedOn(v.visitedOn())
                .arrivedAt(SharedDtoMapper.toDto(v.arrivedAt()))
                .departedAt(SharedDtoMapper.toDto(v.departedAt()))
                .phase(toEnum(v.phase(), VisitPhaseDto.class))
                .checklist(toDto(v.checklist()))
                .assessment(toEnum(v.assessment(), VisitAssessmentDto.class))
                .notes(v.notes())
                .createdAt(SharedDtoMapper.toDto(v.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(v.updatedAt()));
    }

    /** The visit as a create body: what a merge patch is applied to. */
    static StationVisitCreateDto toWritable(StationVisit v) {
        return new StationVisitCreateDto()
                .missionId(v.missionId())
                .stationId(v.stationId())
                .observers(v.observers())
                .visitedOn(v.visitedOn())
                .arrivedAt(SharedDtoMapper.toDto(v.arrivedAt()))
                .departedAt(SharedDtoMapper.toDto(v.departedAt()))
                .phase(toEnum(v.phase(), VisitPhaseDto.class))
                .checklist(toDto(v.checklist()))
                .assessment(toEnum(v.assessment(), VisitAssessmentDto.class))
                .notes(v.notes());
    }

    static StationVisitDraft toDraft(StationVisitCreateDto dto) {
        return new StationVisitDraft(dto.getMissionId(), dto.getStationId(), dto.getObservers(), dto.getVisitedOn(),
                SharedDtoMapper.toInstant(dto.getArrivedAt()), SharedDtoMapper.toInstant(dto.getDepartedAt()),
                toEnum(dto.getPhase(), VisitPhase.class), toChecklist(dto.getChecklist()),
                toEnum(dto.getAssessment(), VisitAssessment.class), dto.getNotes());
    }

    private static ChecklistDto toDto(Map<ChecklistQuestion, ChecklistAnswer> checklist) {
        Map<String, String> byCode = new LinkedHashMap<>();
        checklist.forEach((question, answer) -> byCode.put(question.name(), answer.name()));
        return BY_CODE.convertValue(byCode, ChecklistDto.class);
    }

    private static Map<ChecklistQuestion, ChecklistAnswer> toChecklist(ChecklistDto dto) {
        Map<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
        if (dto != null) {
            BY_CODE.convertValue(dto, ANSWERS_BY_CODE).forEach((code, answer) ->
                    answers.put(ChecklistQuestion.valueOf(code), ChecklistAnswer.valueOf(answer)));
        }
        return answers;
    }
}
