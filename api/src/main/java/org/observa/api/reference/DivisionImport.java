package org.observa.api.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.DivisionCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionService;

/** Divisions in a bulk import: matched by their code, which is their id. */
@ApplicationScoped
public class DivisionImport implements ImportType {

    private final DivisionService divisions;
    private final ImportRows rows;
    private final WriteAccess access;

    public DivisionImport(DivisionService divisions, ImportRows rows, WriteAccess access) {
        this.divisions = divisions;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "divisions";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(ReferenceResource.REFERENCE_DATA);
        DivisionDraft draft = DivisionDtoMapper.toDraft(rows.body(row, DivisionCreateDto.class));
        return rows.existing(() -> divisions.getForUpdate(draft.id()))
                .map(current -> ImportOutcome.ofUpdate(current, divisions.update(current, DivisionDtoMapper.toDraft(
                        rows.merged(DivisionDtoMapper.toWritable(current), row, DivisionCreateDto.class)))))
                .orElseGet(() -> {
                    divisions.create(draft);
                    return ImportOutcome.CREATED;
                });
    }
}
