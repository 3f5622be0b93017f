package org.observa.persistence.shared;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.observa.domain.reference.DivisionLevel;

/** SQL over division codes, which tell their ancestors: KH-6-03-02 is in the district KH-6-03 and the province KH-6. */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /**
     * The code of the division at {@code level} that contains the division in {@code column}: its leading segments;
     * null for a division above the level. Built from the level's depth only: nothing a client sends becomes SQL.
     */
    public static String atLevel(String column, DivisionLevel level) {
        int segments = level.ordinal() + 1;
        String prefix = IntStream.rangeClosed(1, segments).mapToObj(i -> "split_part(" + column + ", '-', " + i + ")")
                .collect(Collectors.joining(" || '-' || "));
        return "(case when split_part(" + column + ", '-', " + segments + ") <> '' then " + prefix + " end)";
    }
}
