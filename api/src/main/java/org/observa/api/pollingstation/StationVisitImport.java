package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.StationVisitCreateDto;
import org.observa.api.mission.MissionOwners;
import org.observa.domain.pollingstation.StationVisitDraft;
import org.observa.domain.pollingstation.StationVisitService;

/** Station visits in a bulk import: matched by their id; written by their mission's organisation. */
@ApplicationScoped
public class StationVisitImport implements ImportType {

    private final StationVisitService visits;
    private final MissionOwners owners;
    private final ImportRows rows;

    public StationVisitImport(StationVisitService visits, MissionOwners owners, ImportRows rows) {
        this.visits = visits;
        this.owners = owners;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "stationVisits";
    }

    /** After missions and stations; before findings, whose evidence may cite a visit. */
    @Override
    public int order() {
        return 25;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        return rows.existing(() -> visits.getForUpdate(id))
                .map(current -> {
                    owners.requireWriterOf(current.missionId(), PollingStationsResource.VISIT);
                    StationVisitCreateDto changed = rows.merged(StationVisitDtoMapper.toWritable(current),
                            StationVisitDtoMapper.checklistAsAnswers(row), StationVisitCreateDto.class, "id");
                    owners.requireWriterOf(changed.getMissionId(), PollingStationsResource.VISIT);
                    return ImportOutcome.ofUpdate(current, visits.update(current, StationVisitDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    StationVisitDraft draft = StationVisitDtoMapper.toDraft(rows.body(row, StationVisitCreateDto.class, "id"));
                    owners.requireWriterOf(draft.missionId(), PollingStationsResource.VISIT);
                    visits.create(id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
