package org.observa.api.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observa.api.http.problem.ProblemType;
import org.observa.domain.shared.FieldError;

/** A bulk write refused as a whole because of the rows listed (each named like {@code missions[3].startDate}). */
public class RowsRejectedException extends RuntimeException {

    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)\\[\\d+]");

    private final transient ProblemType type;
    private final transient List<FieldError> errors;

    public RowsRejectedException(ProblemType type, List<FieldError> errors) {
        super(errors.size() == 1 ? "1 row problem; nothing was stored." : errors.size() + " row problems; nothing was stored.");
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How many rows of each kind had a problem: errors name rows as {@code kind[i]} or {@code kind[i].field}. */
    public static Map<String, Integer> rowsByKind(List<FieldError> errors) {
        Map<String, Set<String>> rows = new TreeMap<>();
        for (FieldError error : errors) {
            Matcher row = ROW.matcher(error.field());
            if (row.lookingAt()) {
                rows.computeIfAbsent(row.group(1), kind -> new HashSet<>()).add(row.group(0));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach((kind, which) -> counts.put(kind, which.size()));
        return counts;
    }
}
