package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ParticipationCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.party.ParticipationService;
import org.observa.domain.shared.ValidationException;

/** Participations in a bulk import: matched by their id within their election ({@code electionId}). */
@ApplicationScoped
public class ParticipationImport implements ImportType {

    private final ParticipationService participations;
    private final ImportRows rows;
    private final WriteAccess access;

    public ParticipationImport(ParticipationService participations, ImportRows rows, WriteAccess access) {
        this.participations = participations;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "participations";
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(PartiesResource.PARTIES_AND_RESULTS);
        UUID id = rows.requiredId(row);
        String electionId = row.path("electionId").asText(null);
        if (electionId == null) {
            throw ValidationException.of("electionId", "is required");
        }
        return rows.existing(() -> participations.getForUpdate(electionId, id))
                .map(current -> ImportOutcome.ofUpdate(current, participations.update(current,
                        ParticipationDtoMapper.toDraft(rows.merged(ParticipationDtoMapper.toWritable(current), row,
                                ParticipationCreateDto.class, "id", "electionId")))))
                .orElseGet(() -> {
                    participations.create(electionId, id, ParticipationDtoMapper.toDraft(
                            rows.body(row, ParticipationCreateDto.class, "id", "electionId")));
                    return ImportOutcome.CREATED;
                });
    }
}
