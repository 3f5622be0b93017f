package org.observa.domain.pollingstation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An answer as a client sends it, before it is checked against its question: text (yes/no and single-choice
 * codes, free text, times), a number, or a list of option codes. The question's type says which is right.
 */
public sealed interface AnswerValue {

    record Text(String value) implements AnswerValue {
    }

    /** Kept without trailing zeros, so that 2 and 2.0 are the same answer. */
    record Number(BigDecimal value) implements AnswerValue {
        public Number {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }

    record Choices(List<String> values) implements AnswerValue {
        public Choices {
            values = List.copyOf(values);
        }
    }

    /** Anything else a client sent (true, an object, a list with something other than codes): never valid. */
    record Unsupported(String shape) implements AnswerValue {
    }
}
