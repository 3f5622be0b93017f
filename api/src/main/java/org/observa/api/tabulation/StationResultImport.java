package org.observa.api.tabulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.StationResultCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.tabulation.StationResultService;

/** Official station results in a bulk import: matched by station; ADMIN keys only. */
@ApplicationScoped
public class StationResultImport implements ImportType {

    private final StationResultService results;
    private final WriteAccess access;
    private final ImportRows rows;

    public StationResultImport(StationResultService results, WriteAccess access, ImportRows rows) {
        this.results = results;
        this.access = access;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "stationResults";
    }

    /** After the stations and the participations whose votes they give. */
    @Override
    public int order() {
        return 23;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(TabulationResource.STATION_RESULTS);
        String electionId = electionId(row);
        UUID stationId = rows.requiredUuid(row, "stationId");
        return rows.existing(() -> results.getForUpdate(electionId, stationId))
                .map(current -> {
                    StationResultCreateDto changed = rows.merged(TabulationDtoMapper.toWritable(current), row,
                            StationResultCreateDto.class, "electionId");
                    return ImportOutcome.ofUpdate(current, results.update(current, TabulationDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    results.create(electionId, TabulationDtoMapper.toDraft(
                            rows.body(row, StationResultCreateDto.class, "electionId")));
                    return ImportOutcome.CREATED;
                });
    }

    private static String electionId(ObjectNode row) {
        JsonNode value = row.get("electionId");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ValidationException.of("electionId", "is required: the election of the station");
        }
        return value.asText();
    }
}
