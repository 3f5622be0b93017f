package org.observa.persistence.pollingstation;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.pollingstation.AnswerOption;
import org.observa.domain.pollingstation.FormQuestion;
import org.observa.domain.pollingstation.FormSection;
import org.observa.domain.pollingstation.FormVersionStatus;
import org.observa.domain.pollingstation.ObservationFormVersion;
import org.observa.domain.pollingstation.QuestionCondition;
import org.observa.domain.pollingstation.QuestionType;
import org.observa.domain.shared.LocalizedText;

@Entity
@Table(name = "observation_form_version")
@IdClass(ObservationFormVersionEntity.Key.class)
public class ObservationFormVersionEntity implements ParentRecord {

    /** The primary key: a form and a version number. */
    public record Key(UUID formId, Integer number) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /**
     * The stored form of a question: texts as plain maps, so that the JSON in the database reads like the API's
     * (the migration writes the standard form's questions in this shape).
     */
    record StoredQuestion(String code, String section, Map<String, String> label, Map<String, String> help,
                          QuestionType type, Boolean required, List<StoredOption> options, BigDecimal min,
                          BigDecimal max, Integer maxLength, QuestionCondition showIf, List<String> goodAnswers) {
    }

    record StoredOption(String code, Map<String, String> label) {
    }

    record StoredSection(String code, Map<String, String> title) {
    }

    @Id
    @Column(name = "form_id")
    UUID formId;

    @Id
    Integer number;

    @Enumerated(EnumType.STRING)
    FormVersionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    List<StoredSection> sections;

    @JdbcTypeCode(SqlTypes.JSON)
    List<StoredQuestion> questions;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ObservationFormVersionEntity from(ObservationFormVersion version) {
        ObservationFormVersionEntity entity = new ObservationFormVersionEntity();
        entity.formId = version.formId();
        entity.number = version.number();
        entity.createdAt = version.createdAt();
        entity.copyChangeableFields(version);
        return entity;
    }

    void copyChangeableFields(ObservationFormVersion v) {
        status = v.status();
        sections = v.sections().stream().map(s -> new StoredSection(s.code(), s.title().values())).toList();
        questions = v.questions().stream().map(ObservationFormVersionEntity::stored).toList();
        publishedAt = v.publishedAt();
        updatedAt = v.updatedAt();
    }

    ObservationFormVersion toDomain() {
        return new ObservationFormVersion(formId, number, status,
                sections.stream().map(s -> new FormSection(s.code(), new LocalizedText(s.title()))).toList(),
                questions.stream().map(ObservationFormVersionEntity::question).toList(), publishedAt, createdAt,
                updatedAt);
    }

    private static StoredQuestion stored(FormQuestion q) {
        return new StoredQuestion(q.code(), q.section(), q.label().values(), q.help() == null ? null : q.help().values(),
                q.type(), q.required(), q.options().isEmpty() ? null
                : q.options().stream().map(o -> new StoredOption(o.code(), o.label().values())).toList(),
                q.min(), q.max(), q.maxLength(), q.showIf(), q.goodAnswers().isEmpty() ? null : q.goodAnswers());
    }

    private static FormQuestion question(StoredQuestion q) {
        return new FormQuestion(q.code(), q.section(), new LocalizedText(q.label()),
                q.help() == null ? null : new LocalizedText(q.help()), q.type(), Boolean.TRUE.equals(q.required()),
                q.options() == null ? List.of()
                        : q.options().stream().map(o -> new AnswerOption(o.code(), new LocalizedText(o.label()))).toList(),
                q.min(), q.max(), q.maxLength(), q.showIf(), q.goodAnswers());
    }
}
