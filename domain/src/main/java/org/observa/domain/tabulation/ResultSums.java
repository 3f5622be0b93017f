package org.observa.domain.tabulation;

import java.util.Map;

/** Station results added up: per division of one level (only divisions with results) and in total. */
public record ResultSums(Map<String, SummedResults> byDivision, SummedResults totals) {

    public ResultSums {
        byDivision = Map.copyOf(byDivision);
    }
}
