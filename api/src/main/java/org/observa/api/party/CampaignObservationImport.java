package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.CampaignObservationCreateDto;
import org.observa.api.mission.MissionOwners;
import org.observa.domain.party.CampaignObservationDraft;
import org.observa.domain.party.CampaignObservationService;

/** Campaign observations in a bulk import: matched by their id; written by their mission's organisation. */
@ApplicationScoped
public class CampaignObservationImport implements ImportType {

    private final CampaignObservationService observations;
    private final MissionOwners owners;
    private final ImportRows rows;

    public CampaignObservationImport(CampaignObservationService observations, MissionOwners owners, ImportRows rows) {
        this.observations = observations;
        this.owners = owners;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "campaignObservations";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        return rows.existing(() -> observations.getForUpdate(id))
                .map(current -> {
                    owners.requireWriterOf(current.missionId(), PartiesResource.OBSERVATION);
                    CampaignObservationDraft draft = CampaignObservationDtoMapper.toDraft(rows.merged(
                            CampaignObservationDtoMapper.toWritable(current), row, CampaignObservationCreateDto.class, "id"));
                    return ImportOutcome.ofUpdate(current, observations.update(current, draft));
                })
                .orElseGet(() -> {
                    CampaignObservationDraft draft = CampaignObservationDtoMapper.toDraft(
                            rows.body(row, CampaignObservationCreateDto.class, "id"));
                    owners.requireWriterOf(draft.missionId(), PartiesResource.OBSERVATION);
                    observations.create(id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
