package org.observa.api.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.observa.api.http.input.Bodies;
import org.observa.api.http.input.Patches;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

/** What every import type does with a row: read its id and its body, and look up the record it names. */
@ApplicationScoped
public class ImportRows {

    private final Bodies bodies;
    private final Patches patches;

    public ImportRows(Bodies bodies, Patches patches) {
        this.bodies = bodies;
        this.patches = patches;
    }

    /** The row's {@code id}, required for records that have no natural key (so a re-import matches them). */
    public UUID requiredId(ObjectNode row) {
        return optionalId(row).orElseThrow(() -> ValidationException.of("id",
                "is required in an import: give every record a UUID of your own, so that importing it again updates it"));
    }

    public Optional<UUID> optionalId(ObjectNode row) {
        return uuid(row, "id");
    }

    /** A UUID property of the row that is not part of the create body (e.g. the mission of an engagement). */
    public UUID requiredUuid(ObjectNode row, String field) {
        return uuid(row, field).orElseThrow(() -> ValidationException.of(field, "is required"));
    }

    /** The row without the given properties (e.g. its id), read and checked as the create body {@code type}. */
    public <T> T body(ObjectNode row, Class<T> type, String... notInBody) {
        ObjectNode body = row.deepCopy();
        for (String field : notInBody) {
            body.remove(field);
        }
        return bodies.read(body, type);
    }

    /**
     * A matched record's writable form updated by the row as a JSON merge patch: what the row leaves out
     * stays as it is, {@code null} removes it — exactly as a PATCH would.
     */
    public <T> T merged(T current, ObjectNode row, Class<T> type, String... notInBody) {
        ObjectNode patch = row.deepCopy();
        for (String field : notInBody) {
            patch.remove(field);
        }
        return patches.apply(current, patch, type);
    }

    /** The record {@code lookup} finds, or empty when it reports that there is none. */
    public <T> Optional<T> existing(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(ObjectNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.asText()));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be a UUID such as 0f27e151-fdb4-4944-8566-33f17cd5ae39");
        }
    }
}
