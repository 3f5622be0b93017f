package org.observa.api.pollingstation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
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
import org.observa.domain.pollingstation.AnswerValue;
import org.observa.domain.pollingstation.ChecklistQuestion;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.StationVisit;
import org.observa.domain.pollingstation.StationVisitDraft;
import org.observa.domain.pollingstation.VisitAssessment;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.shared.ValidationException;

final class StationVisitDtoMapper {

    private static final String CHECKLIST = "checklist";
    private static final String ANSWERS = "answers";

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
        return columns.add("formId", StationVisit::formId)
                .add("formVersion", StationVisit::formVersion)
                .addJson("answers", v -> toJson(v.answers()));
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
                .formId(v.formId())
                .formVersion(v.formVersion())
                .answers(toJson(v.answers()))
                .assessment(toEnum(v.assessment(), VisitAssessmentDto.class))
                .notes(v.notes())
                .createdAt(SharedDtoMapper.toDto(v.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(v.updatedAt()));
    }

    /** The visit as a create body: what a merge patch is applied to (with its answers, never the checklist that repeats them). */
    static StationVisitCreateDto toWritable(StationVisit v) {
        return new StationVisitCreateDto()
                .missionId(v.missionId())
                .stationId(v.stationId())
                .observers(v.observers())
                .visitedOn(v.visitedOn())
                .arrivedAt(SharedDtoMapper.toDto(v.arrivedAt()))
                .departedAt(SharedDtoMapper.toDto(v.departedAt()))
                .phase(toEnum(v.phase(), VisitPhaseDto.class))
                .formId(v.formId())
                .formVersion(v.formVersion())
                .answers(toJson(v.answers()))
                .assessment(toEnum(v.assessment(), VisitAssessmentDto.class))
                .notes(v.notes());
    }

    static StationVisitDraft toDraft(StationVisitCreateDto dto) {
        return new StationVisitDraft(dto.getMissionId(), dto.getStationId(), dto.getObservers(), dto.getVisitedOn(),
                SharedDtoMapper.toInstant(dto.getArrivedAt()), SharedDtoMapper.toInstant(dto.getDepartedAt()),
                toEnum(dto.getPhase(), VisitPhase.class), dto.getFormId(), dto.getFormVersion(), answersOf(dto),
                toEnum(dto.getAssessment(), VisitAssessment.class), dto.getNotes());
    }

    /**
     * A patch of the deprecated checklist is a patch of the answers: its entries move into {@code answers}, so
     * that a client written before forms keeps working and the two never disagree.
     */
    static ObjectNode checklistAsAnswers(ObjectNode patch) {
        if (!patch.has(CHECKLIST)) {
            return patch;
        }
        ObjectNode moved = patch.deepCopy();
        JsonNode checklist = moved.remove(CHECKLIST);
        if (moved.has(ANSWERS)) {
            throw ValidationException.of(CHECKLIST, "send answers or the checklist, not both (the checklist is deprecated)");
        }
        moved.set(ANSWERS, checklist);
        return moved;
    }

    /** The answers of a request: {@code answers}, or the deprecated checklist as answers to the standard form. */
    private static Map<String, AnswerValue> answersOf(StationVisitCreateDto dto) {
        Map<ChecklistQuestion, ChecklistAnswer> checklist = toChecklist(dto.getChecklist());
        if (checklist.isEmpty()) {
            return toAnswers(dto.getAnswers());
        }
        if (dto.getAnswers() != null && !dto.getAnswers().isEmpty()) {
            throw ValidationException.of(CHECKLIST, "send answers or the checklist, not both (the checklist is deprecated)");
        }
        if (dto.getFormId() != null && !ObservationForm.STANDARD_ID.equals(dto.getFormId())) {
            throw ValidationException.of(CHECKLIST, "holds answers to the standard form only; send the answers to form '"
                    + dto.getFormId() + "' as answers");
        }
        Map<String, AnswerValue> answers = new TreeMap<>();
        checklist.forEach((question, answer) -> answers.put(question.name(), new AnswerValue.Text(answer.name())));
        return answers;
    }

    /** Answers as JSON gives them; null means unanswered. Their types are checked against the form's questions. */
    private static Map<String, AnswerValue> toAnswers(Map<String, Object> json) {
        Map<String, AnswerValue> answers = new TreeMap<>();
        if (json != null) {
            json.forEach((code, value) -> {
                if (value != null) {
                    answers.put(code, toAnswer(value));
                }
            });
        }
        return answers;
    }

    private static AnswerValue toAnswer(Object value) {
        if (value instanceof String text) {
            return new AnswerValue.Text(text);
        }
        if (value instanceof Number number) {
            boolean finite = !(number instanceof Double d && (d.isNaN() || d.isInfinite()))
                    && !(number instanceof Float f && (f.isNaN() || f.isInfinite()));
            return finite ? new AnswerValue.Number(new BigDecimal(number.toString())) : new AnswerValue.Unsupported("number");
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return new AnswerValue.Choices(list.stream().map(String.class::cast).toList());
        }
        return new AnswerValue.Unsupported(value.getClass().getSimpleName());
    }

    private static Map<String, Object> toJson(Map<String, AnswerValue> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        answers.forEach((code, answer) -> {
            if (answer instanceof AnswerValue.Text text) {
                json.put(code, text.value());
            } else if (answer instanceof AnswerValue.Number number) {
                json.put(code, number.value());
            } else if (answer instanceof AnswerValue.Choices choices) {
                json.put(code, choices.values());
            }
        });
        return json;
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
