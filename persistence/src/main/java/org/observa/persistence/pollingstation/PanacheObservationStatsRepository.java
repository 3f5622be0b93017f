package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.observa.domain.pollingstation.AnswerCounts;
import org.observa.domain.pollingstation.ChecklistQuestion;
import org.observa.domain.pollingstation.FormCounts;
import org.observa.domain.pollingstation.FormQuestion;
import org.observa.domain.pollingstation.FormStatsQuery;
import org.observa.domain.pollingstation.FormTally;
import org.observa.domain.pollingstation.NumberSummary;
import org.observa.domain.pollingstation.QuestionCounts;
import org.observa.domain.pollingstation.ObservationCounts;
import org.observa.domain.pollingstation.ObservationStatsQuery;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.pollingstation.ObservationTally;
import org.observa.domain.pollingstation.VisitAssessment;
import org.observa.domain.reference.DivisionLevel;
import org.observa.persistence.shared.DivisionCodes;

/**
 * The observation tally in one SQL statement: the election's visits are summed per station (from an index
 * that holds every column they need), the stations grouped by their division at the requested level —
 * the leading segments of their division code — and the grouping sets add the election's totals.
 */
@ApplicationScoped
public class PanacheObservationStatsRepository implements ObservationStatsRepository {

    private static final List<VisitAssessment> ASSESSMENTS = List.of(VisitAssessment.values());
    private static final List<ChecklistQuestion> QUESTIONS = List.of(ChecklistQuestion.values());

    @Override
    public long version(String electionId) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select version from observation_version where election_id = :election")
                .setParameter("election", electionId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> divisionsAt(String countryId, DivisionLevel level) {
        return Panache.getEntityManager()
                .createNativeQuery("select id from division where country_id = :country and level = :level order by id")
                .setParameter("country", countryId).setParameter("level", level.name()).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ObservationTally tally(ObservationStatsQuery query) {
        Query sql = Panache.getEntityManager().createNativeQuery(tallySql(query.level(), query.missionId() != null))
                .setParameter("election", query.electionId());
        if (query.missionId() != null) {
            sql.setParameter("mission", query.missionId());
        }
        Map<String, ObservationCounts> byDivision = new HashMap<>();
        ObservationCounts totals = ObservationCounts.none();
        for (Object[] row : (List<Object[]>) sql.getResultList()) {
            ObservationCounts counts = counts(row);
            if (number(row[1]) == 1) {
                totals = counts;
            } else if (row[0] != null) {
                byDivision.put((String) row[0], counts);
            }
        }
        return new ObservationTally(byDivision, totals);
    }

    /** Columns: division, is-total, stations, visited, visits, one per assessment, not assessed, YES and NO per question. */
    private static ObservationCounts counts(Object[] row) {
        Map<VisitAssessment, Long> byAssessment = new EnumMap<>(VisitAssessment.class);
        int column = 5;
        for (VisitAssessment assessment : ASSESSMENTS) {
            byAssessment.put(assessment, number(row[column++]));
        }
        long notAssessed = number(row[column++]);
        Map<ChecklistQuestion, AnswerCounts> checklist = new EnumMap<>(ChecklistQuestion.class);
        for (ChecklistQuestion question : QUESTIONS) {
            checklist.put(question, new AnswerCounts(number(row[column]), number(row[column + 1])));
            column += 2;
        }
        return new ObservationCounts(number(row[2]), number(row[3]), number(row[4]), byAssessment, notAssessed, checklist);
    }

    @Override
    public FormTally formTally(FormStatsQuery query) {
        String division = DivisionCodes.atLevel("s.division_id", query.level());
        String from = """
                from station_visit v join polling_station s on s.id = v.station_id
                """;
        String where = " where v.election_id = :election and v.form_id = :form and v.form_version = :version"
                + (query.missionId() != null ? " and v.mission_id = :mission" : "");
        Map<String, Long> visits = new HashMap<>();
        for (Object[] row : rows(query, "select " + division + ", grouping(" + division + "), count(*)" + from + where
                + " group by grouping sets ((" + division + "), ())")) {
            visits.put(key(row), number(row[2]));
        }
        Map<String, Map<String, QuestionCounts>> questions = new HashMap<>();
        for (Object[] row : rows(query, "select " + division + ", grouping(" + division + "), a.key, count(*),"
                + " sum(n.value), min(n.value), max(n.value)" + from
                + " cross join lateral jsonb_each(v.answers) a"
                + " cross join lateral (select case when jsonb_typeof(a.value) = 'number' then (a.value)::numeric end as value) n"
                + where + " group by grouping sets ((" + division + ", a.key), (a.key))")) {
            long answered = number(row[3]);
            NumberSummary numbers = row[4] == null ? null : new NumberSummary(decimal(row[4]),
                    plain(decimal(row[4]).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64)),
                    decimal(row[5]), decimal(row[6]));
            questions.computeIfAbsent(key(row), k -> new HashMap<>())
                    .put((String) row[2], new QuestionCounts(answered, Map.of(), numbers));
        }
        List<String> coded = query.form().questions().stream().filter(q -> q.type().isCoded()).map(FormQuestion::code).toList();
        if (!coded.isEmpty()) {
            Map<String, Map<String, Map<String, Long>>> options = new HashMap<>();
            for (Object[] row : rows(query, "select " + division + ", grouping(" + division + "), a.key, o.code, count(*)"
                    + from + " cross join lateral jsonb_each(v.answers) a"
                    + " cross join lateral jsonb_array_elements_text(case when jsonb_typeof(a.value) = 'array'"
                    + " then a.value else jsonb_build_array(a.value) end) o (code)"
                    + where + " and a.key in (:coded)"
                    + " group by grouping sets ((" + division + ", a.key, o.code), (a.key, o.code))", coded)) {
                options.computeIfAbsent(key(row), k -> new HashMap<>()).computeIfAbsent((String) row[2], k -> new HashMap<>())
                        .put((String) row[3], number(row[4]));
            }
            options.forEach((divisionId, byQuestion) -> byQuestion.forEach((code, byAnswer) ->
                    questions.get(divisionId).compute(code, (c, counts) -> new QuestionCounts(counts.answered(), byAnswer,
                            counts.numbers()))));
        }
        Map<String, FormCounts> byDivision = new HashMap<>();
        visits.forEach((divisionId, count) -> {
            if (!TOTAL.equals(divisionId)) {
                byDivision.put(divisionId, new FormCounts(count, questions.getOrDefault(divisionId, Map.of())));
            }
        });
        return new FormTally(byDivision, new FormCounts(visits.getOrDefault(TOTAL, 0L),
                questions.getOrDefault(TOTAL, Map.of())));
    }

    /** The key of the totals' rows, which no division code can be. */
    private static final String TOTAL = "";

    /** The division of a row, or TOTAL for the row of the grouping set that adds up all stations. */
    private static String key(Object[] row) {
        if (number(row[1]) == 1) {
            return TOTAL;
        }
        return row[0] == null ? "(above the level)" : (String) row[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(FormStatsQuery query, String sql, List<String> coded) {
        Query select = rowsQuery(query, sql);
        select.setParameter("coded", coded);
        return select.getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(FormStatsQuery query, String sql) {
        return rowsQuery(query, sql).getResultList();
    }

    private static Query rowsQuery(FormStatsQuery query, String sql) {
        Query select = Panache.getEntityManager().createNativeQuery(sql)
                .setParameter("election", query.electionId())
                .setParameter("form", query.form().formId())
                .setParameter("version", query.form().number());
        if (query.missionId() != null) {
            select.setParameter("mission", query.missionId());
        }
        return select;
    }

    /** Without trailing zeros, and never in exponent notation (120, not 1.2E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    // Built from the level's depth and the fixed question bits only: nothing a client sends becomes SQL.
    static String tallySql(DivisionLevel level, boolean oneMission) {
        String group = DivisionCodes.atLevel("s.division_id", level);
        String perAssessment = ASSESSMENTS.stream()
                .map(a -> "count(*) filter (where v.assessment = '" + a.name() + "') as " + a.name().toLowerCase())
                .collect(Collectors.joining(",\n           "));
        String perQuestion = QUESTIONS.stream().map(q -> {
            int bit = ChecklistBits.bit(q);
            return "sum((v.checklist_yes >> " + bit + ") & 1) as yes_" + bit
                    + ", sum((v.checklist_no >> " + bit + ") & 1) as no_" + bit;
        }).collect(Collectors.joining(",\n           "));
        StringBuilder totals = new StringBuilder("coalesce(sum(vi.visits), 0)");
        for (VisitAssessment a : ASSESSMENTS) {
            totals.append(", coalesce(sum(vi.").append(a.name().toLowerCase()).append("), 0)");
        }
        totals.append(", coalesce(sum(vi.not_assessed), 0)");
        for (ChecklistQuestion q : QUESTIONS) {
            int bit = ChecklistBits.bit(q);
            totals.append(", coalesce(sum(vi.yes_").append(bit).append("), 0), coalesce(sum(vi.no_").append(bit).append("), 0)");
        }
        return """
                with visited as (
                    select v.station_id,
                           count(*) as visits,
                           %s,
                           count(*) filter (where v.assessment is null) as not_assessed,
                           %s
                    from station_visit v
                    where v.election_id = :election%s
                    group by v.station_id
                )
                select %s as division_id, grouping(%s) as is_total,
                       count(*) as stations, count(vi.station_id) as visited, %s
                from polling_station s left join visited vi on vi.station_id = s.id
                where s.election_id = :election
                group by grouping sets ((%s), ())
                """.formatted(perAssessment, perQuestion, oneMission ? " and v.mission_id = :mission" : "",
                group, group, totals, group);
    }

}
