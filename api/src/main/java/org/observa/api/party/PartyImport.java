package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.PartyCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.party.PartyService;

/** Parties in a bulk import: matched by their id. A party must come after its predecessor in the bundle. */
@ApplicationScoped
public class PartyImport implements ImportType {

    private final PartyService parties;
    private final ImportRows rows;
    private final WriteAccess access;

    public PartyImport(PartyService parties, ImportRows rows, WriteAccess access) {
        this.parties = parties;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "parties";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(PartiesResource.PARTIES_AND_RESULTS);
        UUID id = rows.requiredId(row);
        return rows.existing(() -> parties.getForUpdate(id))
                .map(current -> ImportOutcome.ofUpdate(current, parties.update(current, PartyDtoMapper.toDraft(
                        rows.merged(PartyDtoMapper.toWritable(current), row, PartyCreateDto.class, "id")))))
                .orElseGet(() -> {
                    parties.create(id, PartyDtoMapper.toDraft(rows.body(row, PartyCreateDto.class, "id")));
                    return ImportOutcome.CREATED;
                });
    }
}
