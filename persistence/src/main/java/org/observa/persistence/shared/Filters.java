package org.observa.persistence.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the where-clause of a list query from optional filters: a filter whose value is null does not
 * restrict, so every list query is one HQL string with bound parameters, never concatenated input.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Filters equal(String attribute, Object value) {
        if (value != null) {
            clauses.add(attribute + " = :" + bind(value));
        }
        return this;
    }

    public Filters atLeast(String attribute, Object value) {
        if (value != null) {
            clauses.add(attribute + " >= :" + bind(value));
        }
        return this;
    }

    public Filters atMost(String attribute, Object value) {
        if (value != null) {
            clauses.add(attribute + " <= :" + bind(value));
        }
        return this;
    }

    /** Case-insensitive substring search in a column that holds lower-cased text. */
    public Filters contains(String lowerCaseAttribute, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            clauses.add(lowerCaseAttribute + " like :" + bind("%" + escaped + "%") + " escape '\\'");
        }
        return this;
    }

    /** Adds a clause written with the given named parameters, e.g. a keyset condition. */
    public Filters where(String clause, Map<String, Object> clauseParameters) {
        clauses.add("(" + clause + ")");
        parameters.putAll(clauseParameters);
        return this;
    }

    /** The query: {@code from <entity> [where ...] order by <orderBy>}. */
    public String query(String entity, String orderBy) {
        return "from " + entity + where() + " order by " + orderBy;
    }

    /** The where-clause alone ({@code " where ..."}, or nothing), for a query of another shape such as a count. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }
}
