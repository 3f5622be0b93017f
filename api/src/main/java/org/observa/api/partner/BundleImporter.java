package org.observa.api.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportType;
import org.observa.api.bulk.RowsRejectedException;
import org.observa.api.http.problem.ProblemType;
import org.observa.domain.partner.AccessDeniedException;
import org.observa.domain.shared.BulkWrites;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.RejectedWriteException;
import org.observa.domain.shared.ValidationException;

/**
 * Applies a bundle of records of every kind, in dependency order, inside the caller's transaction. Every
 * row is checked and every problem collected, named by row and field; if there is any, nothing is kept.
 */
@ApplicationScoped
public class BundleImporter {

    /** Enough to fix a bundle by; a bundle with more problems than this is probably not the intended one. */
    static final int MAX_REPORTED = 1000;
    /** Rows between releases of the store's memory of them: each flush checks every record held, so few. */
    static final int ROWS_PER_RELEASE = 20;

    private final List<ImportType> types;
    private final Map<String, ImportType> byKey;
    private final BulkWrites bulkWrites;

    public BundleImporter(@All List<ImportType> types, BulkWrites bulkWrites) {
        this.bulkWrites = bulkWrites;
        this.types = types.stream().sorted(Comparator.comparingInt(ImportType::order)).toList();
        this.byKey = this.types.stream().collect(Collectors.toMap(ImportType::key, Function.identity()));
    }

    /** Counts per kind of record, in import order; throws {@link RowsRejectedException} if any row is refused. */
    public Map<String, Map<ImportOutcome, Integer>> apply(JsonNode bundle) {
        return apply(bundle, false);
    }

    /**
     * As {@link #apply(JsonNode)}; when {@code retryable}, a write the store refuses is thrown as it is, since it
     * may be a concurrent import's doing and the whole import will run again (see RetriedTransactions).
     */
    public Map<String, Map<ImportOutcome, Integer>> apply(JsonNode bundle, boolean retryable) {
        List<FieldError> errors = new ArrayList<>();
        boolean forbidden = false;
        if (!bundle.isObject()) {
            throw new RowsRejectedException(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldError("body", "must be an object with one array per kind of record")));
        }
        bundle.fieldNames().forEachRemaining(key -> {
            if (!byKey.containsKey(key)) {
                errors.add(new FieldError(key, "is not a kind of record an import takes; it takes " + byKey.keySet()));
            }
        });
        Map<String, Map<ImportOutcome, Integer>> results = new LinkedHashMap<>();
        bulkWrites.begin();
        int applied = 0;
        rows:
        for (ImportType type : types) {
            JsonNode rows = bundle.get(type.key());
            if (rows == null) {
                continue;
            }
            if (!rows.isArray()) {
                errors.add(new FieldError(type.key(), "must be an array"));
                continue;
            }
            Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
            for (ImportOutcome outcome : ImportOutcome.values()) {
                counts.put(outcome, 0);
            }
            results.put(type.key(), counts);
            type.prepare(rows);
            for (int i = 0; i < rows.size(); i++) {
                String at = type.key() + "[" + i + "]";
                JsonNode row = rows.get(i);
                try {
                    if (!row.isObject()) {
                        throw ValidationException.of("body", "must be an object");
                    }
                    counts.merge(type.apply((ObjectNode) row), 1, Integer::sum);
                } catch (ValidationException e) {
                    e.errors().forEach(error -> errors.add(new FieldError(
                            error.field().equals("body") ? at : at + "." + error.field(), error.message())));
                } catch (AccessDeniedException e) {
                    forbidden = true;
                    errors.add(new FieldError(at, e.getMessage()));
                } catch (RejectedWriteException e) {
                    if (retryable) {
                        throw e;
                    }
                    // The database refused a write: the transaction cannot go on, so stop here.
                    errors.add(new FieldError(at, e.getMessage() + " The import stopped at this row."));
                    break rows;
                } catch (ConflictException | NotFoundException e) {
                    errors.add(new FieldError(at, e.getMessage()));
                }
                if (++applied % ROWS_PER_RELEASE == 0) {
                    bulkWrites.release();
                }
                if (errors.size() > MAX_REPORTED) {
                    errors.add(new FieldError(at, "too many problems; the import stopped at this row"));
                    break rows;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException(forbidden ? ProblemType.FORBIDDEN : ProblemType.VALIDATION_FAILED, errors);
        }
        return results;
    }
}
