package org.observa.api.pollingstation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.AnswerOptionDto;
import org.observa.api.generated.model.DivisionFormCountsDto;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.FormCountsDto;
import org.observa.api.generated.model.FormQuestionDto;
import org.observa.api.generated.model.FormSectionDto;
import org.observa.api.generated.model.FormStatsDto;
import org.observa.api.generated.model.FormVersionStatusDto;
import org.observa.api.generated.model.NumberSummaryDto;
import org.observa.api.generated.model.ObservationFormCreateDto;
import org.observa.api.generated.model.ObservationFormDto;
import org.observa.api.generated.model.ObservationFormVersionCreateDto;
import org.observa.api.generated.model.ObservationFormVersionDto;
import org.observa.api.generated.model.QuestionConditionDto;
import org.observa.api.generated.model.QuestionCountsDto;
import org.observa.api.generated.model.QuestionTypeDto;
import org.observa.api.generated.model.VisitPhaseDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.AnswerOption;
import org.observa.domain.pollingstation.FormCounts;
import org.observa.domain.pollingstation.FormQuestion;
import org.observa.domain.pollingstation.FormSection;
import org.observa.domain.pollingstation.FormStats;
import org.observa.domain.pollingstation.FormVersionStatus;
import org.observa.domain.pollingstation.NumberSummary;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.ObservationFormDraft;
import org.observa.domain.pollingstation.ObservationFormVersion;
import org.observa.domain.pollingstation.ObservationFormVersionDraft;
import org.observa.domain.pollingstation.QuestionCondition;
import org.observa.domain.pollingstation.QuestionCounts;
import org.observa.domain.pollingstation.QuestionType;
import org.observa.domain.pollingstation.VisitPhase;

final class ObservationFormDtoMapper {

    /** The CSV columns of forms; documented in the contract, only ever appended to. */
    static final CsvColumns<ObservationForm> CSV = new CsvColumns<ObservationForm>()
            .add("id", ObservationForm::id)
            .add("organizationId", ObservationForm::organizationId)
            .add("code", ObservationForm::code)
            .addJson("title", f -> f.title().values())
            .addJson("description", f -> f.description() == null ? null : f.description().values())
            .add("phases", f -> String.join(";", f.phases().stream().map(Enum::name).toList()))
            .add("builtIn", ObservationForm::isBuiltIn)
            .add("createdAt", ObservationForm::createdAt)
            .add("updatedAt", ObservationForm::updatedAt);

    /** The CSV columns of form versions; documented in the contract, only ever appended to. */
    static final CsvColumns<ObservationFormVersion> VERSIONS_CSV = new CsvColumns<ObservationFormVersion>()
            .add("formId", ObservationFormVersion::formId)
            .add("number", ObservationFormVersion::number)
            .add("status", ObservationFormVersion::status)
            .add("publishedAt", ObservationFormVersion::publishedAt)
            .addJson("sections", v -> toDtos(v.sections(), ObservationFormDtoMapper::toDto))
            .addJson("questions", v -> toDtos(v.questions(), ObservationFormDtoMapper::toDto))
            .add("createdAt", ObservationFormVersion::createdAt)
            .add("updatedAt", ObservationFormVersion::updatedAt);

    private ObservationFormDtoMapper() {
    }

    static ObservationFormDto toDto(ObservationForm f) {
        return new ObservationFormDto()
                .id(f.id())
                .organizationId(f.organizationId())
                .code(f.code())
                .title(SharedDtoMapper.toDto(f.title()))
                .description(f.description() == null ? null : SharedDtoMapper.toDto(f.description()))
                .phases(f.phases().stream().map(p -> toEnum(p, VisitPhaseDto.class)).toList())
                .builtIn(f.isBuiltIn())
                .createdAt(SharedDtoMapper.toDto(f.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(f.updatedAt()));
    }

    /** The form as a create body: what a merge patch is applied to. */
    static ObservationFormCreateDto toWritable(ObservationForm f) {
        return new ObservationFormCreateDto()
                .organizationId(f.organizationId())
                .code(f.code())
                .title(SharedDtoMapper.toDto(f.title()))
                .description(f.description() == null ? null : SharedDtoMapper.toDto(f.description()))
                .phases(f.phases().stream().map(p -> toEnum(p, VisitPhaseDto.class)).toList());
    }

    static ObservationFormDraft toDraft(ObservationFormCreateDto dto) {
        return new ObservationFormDraft(dto.getOrganizationId(), dto.getCode(),
                SharedDtoMapper.toLocalizedText(dto.getTitle()), SharedDtoMapper.toOptionalLocalizedText(dto.getDescription()),
                dto.getPhases() == null ? null : dto.getPhases().stream().map(p -> toEnum(p, VisitPhase.class)).toList());
    }

    static ObservationFormVersionDto toDto(ObservationFormVersion v) {
        return new ObservationFormVersionDto()
                .formId(v.formId())
                .number(v.number())
                .status(toEnum(v.status(), FormVersionStatusDto.class))
                .sections(toDtos(v.sections(), ObservationFormDtoMapper::toDto))
                .questions(toDtos(v.questions(), ObservationFormDtoMapper::toDto))
                .publishedAt(SharedDtoMapper.toDto(v.publishedAt()))
                .createdAt(SharedDtoMapper.toDto(v.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(v.updatedAt()));
    }

    static ObservationFormVersionCreateDto toWritable(ObservationFormVersion v) {
        return new ObservationFormVersionCreateDto()
                .status(toEnum(v.status(), FormVersionStatusDto.class))
                .sections(toDtos(v.sections(), ObservationFormDtoMapper::toDto))
                .questions(toDtos(v.questions(), ObservationFormDtoMapper::toDto));
    }

    /** A new version is a draft unless it says otherwise. */
    static ObservationFormVersionDraft toDraft(ObservationFormVersionCreateDto dto) {
        FormVersionStatus status = dto.getStatus() == null ? FormVersionStatus.DRAFT
                : toEnum(dto.getStatus(), FormVersionStatus.class);
        return new ObservationFormVersionDraft(status,
                dto.getSections() == null ? null : dto.getSections().stream().map(ObservationFormDtoMapper::toSection).toList(),
                dto.getQuestions() == null ? null : dto.getQuestions().stream().map(ObservationFormDtoMapper::toQuestion).toList());
    }

    private static <T, D> List<D> toDtos(List<T> values, Function<T, D> toDto) {
        return values.stream().map(toDto).toList();
    }

    private static FormSectionDto toDto(FormSection s) {
        return new FormSectionDto().code(s.code()).title(SharedDtoMapper.toDto(s.title()));
    }

    private static FormSection toSection(FormSectionDto dto) {
        return dto == null ? null : new FormSection(dto.getCode(), SharedDtoMapper.toLocalizedText(dto.getTitle()));
    }

    private static FormQuestionDto toDto(FormQuestion q) {
        return new FormQuestionDto()
                .code(q.code())
                .section(q.section())
                .label(SharedDtoMapper.toDto(q.label()))
                .help(q.help() == null ? null : SharedDtoMapper.toDto(q.help()))
                .type(toEnum(q.type(), QuestionTypeDto.class))
                .required(q.required())
                .options(q.options().isEmpty() ? null : toDtos(q.options(),
                        o -> new AnswerOptionDto().code(o.code()).label(SharedDtoMapper.toDto(o.label()))))
                .min(q.min())
                .max(q.max())
                .maxLength(q.maxLength())
                .showIf(q.showIf() == null ? null
                        : new QuestionConditionDto().question(q.showIf().question()).anyOf(q.showIf().anyOf()))
                .goodAnswers(q.goodAnswers().isEmpty() ? null : q.goodAnswers());
    }

    private static FormQuestion toQuestion(FormQuestionDto dto) {
        if (dto == null) {
            return null;
        }
        return new FormQuestion(dto.getCode(), dto.getSection(), SharedDtoMapper.toLocalizedText(dto.getLabel()),
                SharedDtoMapper.toOptionalLocalizedText(dto.getHelp()), toEnum(dto.getType(), QuestionType.class),
                Boolean.TRUE.equals(dto.getRequired()),
                dto.getOptions() == null ? null : dto.getOptions().stream().map(o -> o == null ? null
                        : new AnswerOption(o.getCode(), SharedDtoMapper.toLocalizedText(o.getLabel()))).toList(),
                dto.getMin(), dto.getMax(), dto.getMaxLength(),
                dto.getShowIf() == null ? null
                        : new QuestionCondition(dto.getShowIf().getQuestion(), dto.getShowIf().getAnyOf()),
                dto.getGoodAnswers());
    }

    static FormStatsDto toDto(FormStats stats) {
        return new FormStatsDto()
                .electionId(stats.electionId())
                .formId(stats.formId())
                .formVersion(stats.formVersion())
                .level(toEnum(stats.level(), DivisionLevelDto.class))
                .missionId(stats.missionId())
                .divisions(stats.divisions().stream().map(d -> new DivisionFormCountsDto()
                        .divisionId(d.divisionId())
                        .visits(d.counts().visits())
                        .questions(toDtos(d.counts()))).toList())
                .totals(new FormCountsDto().visits(stats.totals().visits()).questions(toDtos(stats.totals())));
    }

    private static Map<String, QuestionCountsDto> toDtos(FormCounts counts) {
        Map<String, QuestionCountsDto> questions = new LinkedHashMap<>();
        counts.questions().forEach((code, question) -> questions.put(code, toDto(question)));
        return questions;
    }

    private static QuestionCountsDto toDto(QuestionCounts q) {
        NumberSummary n = q.numbers();
        return new QuestionCountsDto()
                .answered(q.answered())
                .answers(q.byAnswer().isEmpty() ? null : q.byAnswer())
                .numbers(n == null ? null : new NumberSummaryDto().sum(n.sum()).mean(n.mean()).min(n.min()).max(n.max()));
    }
}
