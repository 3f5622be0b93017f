package org.observa.persistence.shared;

import java.util.Map;

/**
 * A division filter matches the division and every division under it. Codes encode the hierarchy (KH-6-03
 * is under KH-6), so that is the code itself or a code starting with it and "-": a prefix match that the
 * varchar_pattern_ops indexes serve.
 */
public final class DivisionFilter {

    private DivisionFilter() {
    }

    /** Restricts {@code attribute}, a division code, to the division {@code divisionId} and those under it. */
    public static void within(Filters filters, String attribute, String divisionId) {
        if (divisionId != null) {
            filters.where(clause(attribute), parameters(divisionId));
        }
    }

    public static String clause(String attribute) {
        return attribute + " = :division or " + attribute + " like :divisionPrefix escape '\\'";
    }

    public static Map<String, Object> parameters(String divisionId) {
        // The filter is a literal code: LIKE's wildcards in it must not widen the match.
        String literal = divisionId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Map.of("division", divisionId, "divisionPrefix", literal + "-%");
    }
}
