package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.PollingCentreCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.pollingstation.PollingCentreService;

/** Polling centres in a bulk import: matched by their id; reference data, so written by administrators. */
@ApplicationScoped
public class PollingCentreImport implements ImportType {

    private final PollingCentreService centres;
    private final ImportRows rows;
    private final WriteAccess access;

    public PollingCentreImport(PollingCentreService centres, ImportRows rows, WriteAccess access) {
        this.centres = centres;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "pollingCentres";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(PollingStationsResource.CENTRES_AND_STATIONS);
        UUID id = rows.requiredId(row);
        return rows.existing(() -> centres.getForUpdate(id))
                .map(current -> ImportOutcome.ofUpdate(current, centres.update(current, PollingCentreDtoMapper.toDraft(
                        rows.merged(PollingCentreDtoMapper.toWritable(current), row, PollingCentreCreateDto.class, "id")))))
                .orElseGet(() -> {
                    centres.create(id, PollingCentreDtoMapper.toDraft(rows.body(row, PollingCentreCreateDto.class, "id")));
                    return ImportOutcome.CREATED;
                });
    }
}
