package org.observa.api.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ElectionCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionKeys;
import org.observa.domain.reference.ElectionService;

/** Elections in a bulk import: matched by their key (country, type and polling date). */
@ApplicationScoped
public class ElectionImport implements ImportType {

    private final ElectionService elections;
    private final ImportRows rows;
    private final WriteAccess access;

    public ElectionImport(ElectionService elections, ImportRows rows, WriteAccess access) {
        this.elections = elections;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "elections";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(ReferenceResource.REFERENCE_DATA);
        ElectionDraft draft = ElectionDtoMapper.toDraft(rows.body(row, ElectionCreateDto.class));
        String key = ElectionKeys.of(draft.countryId(), draft.type(), draft.pollingDate());
        return rows.existing(() -> elections.getForUpdate(key))
                .map(current -> ImportOutcome.ofUpdate(current, elections.update(current, ElectionDtoMapper.toDraft(
                        rows.merged(ElectionDtoMapper.toWritable(current), row, ElectionCreateDto.class)))))
                .orElseGet(() -> {
                    elections.create(draft);
                    return ImportOutcome.CREATED;
                });
    }
}
