package org.observa.api.tabulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ObservedResultCreateDto;
import org.observa.api.mission.MissionOwners;
import org.observa.domain.tabulation.ObservedResultDraft;
import org.observa.domain.tabulation.ObservedResultService;

/** Observed results in a bulk import: matched by their id; written by their visit's mission's organisation. */
@ApplicationScoped
public class ObservedResultImport implements ImportType {

    private final ObservedResultService observed;
    private final MissionOwners owners;
    private final ImportRows rows;

    public ObservedResultImport(ObservedResultService observed, MissionOwners owners, ImportRows rows) {
        this.observed = observed;
        this.owners = owners;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "observedResults";
    }

    /** After the visits they were copied at. */
    @Override
    public int order() {
        return 28;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        return rows.existing(() -> observed.getForUpdate(id))
                .map(current -> {
                    owners.requireWriterOf(current.missionId(), TabulationResource.OBSERVED_RESULT);
                    ObservedResultCreateDto changed = rows.merged(TabulationDtoMapper.toWritable(current), row,
                            ObservedResultCreateDto.class, "id");
                    return ImportOutcome.ofUpdate(current, observed.update(current, TabulationDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    ObservedResultDraft draft = TabulationDtoMapper.toDraft(rows.body(row, ObservedResultCreateDto.class, "id"));
                    if (draft.visitId() != null) {
                        observed.findVisit(draft.visitId())
                                .ifPresent(visit -> owners.requireWriterOf(visit.missionId(), TabulationResource.OBSERVED_RESULT));
                    }
                    observed.create(id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
