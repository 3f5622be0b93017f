package org.observa.domain.pollingstation;

/** What kind of answer a question of an observation form takes, and so how its answers are checked and counted. */
public enum QuestionType {
    /** YES, NO or NOT_APPLICABLE, as in the standard checklist. */
    YES_NO,
    /** One of the question's options, by code. */
    SINGLE_CHOICE,
    /** One or more of the question's options, by code, each at most once. */
    MULTIPLE_CHOICE,
    /** A whole number, within the question's min and max when it has them. */
    INTEGER,
    /** A number, within the question's min and max when it has them. */
    DECIMAL,
    /** Free text, at most the question's maxLength characters. */
    TEXT,
    /** A time of day, HH:MM on the 24-hour clock, in the election's time zone. */
    TIME;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether its answers are codes that a condition or a good answer can name. */
    public boolean isCoded() {
        return this == YES_NO || hasOptions();
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
