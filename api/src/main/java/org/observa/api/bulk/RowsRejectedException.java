package org.observa.api.bulk;

import java.util.List;
import org.observa.api.http.problem.ProblemType;
import org.observa.domain.shared.FieldError;

/** A bulk write refused as a whole because of the rows listed (each named like {@code missions[3].startDate}). */
public class RowsRejectedException extends RuntimeException {

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
}
