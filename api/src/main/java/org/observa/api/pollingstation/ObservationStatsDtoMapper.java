package org.observa.api.pollingstation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.LinkedHashMap;
import java.util.Map;
import org.observa.api.generated.model.AnswerCountsDto;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.DivisionObservationDto;
import org.observa.api.generated.model.ObservationCountsDto;
import org.observa.api.generated.model.ObservationStatsDto;
import org.observa.api.generated.model.VisitsByAssessmentDto;
import org.observa.domain.pollingstation.AnswerCounts;
import org.observa.domain.pollingstation.ChecklistQuestion;
import org.observa.domain.pollingstation.ObservationCounts;
import org.observa.domain.pollingstation.ObservationStats;
import org.observa.domain.pollingstation.VisitAssessment;

final class ObservationStatsDtoMapper {

    private static final AnswerCounts NO_ANSWERS = new AnswerCounts(0, 0);

    private ObservationStatsDtoMapper() {
    }

    static ObservationStatsDto toDto(ObservationStats stats) {
        return new ObservationStatsDto()
                .electionId(stats.electionId())
                .level(toEnum(stats.level(), DivisionLevelDto.class))
                .missionId(stats.missionId())
                .divisions(stats.divisions().stream().map(d -> new DivisionObservationDto()
                        .divisionId(d.divisionId()).counts(toDto(d.counts()))).toList())
                .totals(toDto(stats.totals()));
    }

    /** Every assessment and every question is present, with zeros where nothing was counted. */
    private static ObservationCountsDto toDto(ObservationCounts counts) {
        Map<String, AnswerCountsDto> checklist = new LinkedHashMap<>();
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            AnswerCounts answers = counts.checklist().getOrDefault(question, NO_ANSWERS);
            checklist.put(question.name(), new AnswerCountsDto().answeredYes(answers.yes()).answeredNo(answers.no()));
        }
        Map<VisitAssessment, Long> byAssessment = counts.visitsByAssessment();
        return new ObservationCountsDto()
                .stations(counts.stations())
                .stationsVisited(counts.stationsVisited())
                .visits(counts.visits())
                .visitsByAssessment(new VisitsByAssessmentDto()
                        .veryGood(byAssessment.getOrDefault(VisitAssessment.VERY_GOOD, 0L))
                        .good(byAssessment.getOrDefault(VisitAssessment.GOOD, 0L))
                        .bad(byAssessment.getOrDefault(VisitAssessment.BAD, 0L))
                        .veryBad(byAssessment.getOrDefault(VisitAssessment.VERY_BAD, 0L))
                        .notAssessed(counts.visitsNotAssessed()))
                .checklist(checklist);
    }
}
