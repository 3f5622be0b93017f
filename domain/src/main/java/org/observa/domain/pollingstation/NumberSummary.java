package org.observa.domain.pollingstation;

import java.math.BigDecimal;

/** The numbers given in answer to one INTEGER or DECIMAL question: their sum, mean, smallest and largest. */
public record NumberSummary(BigDecimal sum, BigDecimal mean, BigDecimal min, BigDecimal max) {
}
