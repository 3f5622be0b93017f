package org.observa.domain.pollingstation;

import org.observa.domain.shared.LocalizedText;

/** One option of a choice question: the code its answers give, and the label observers read. */
public record AnswerOption(String code, LocalizedText label) {
}
