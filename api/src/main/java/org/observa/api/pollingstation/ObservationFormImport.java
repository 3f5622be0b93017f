package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ObservationFormCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.input.Patches;
import org.observa.domain.pollingstation.ObservationFormDraft;
import org.observa.domain.pollingstation.ObservationFormService;

/** Observation forms in a bulk import: matched by their id; written by their organisation. */
@ApplicationScoped
public class ObservationFormImport implements ImportType {

    private final ObservationFormService forms;
    private final WriteAccess access;
    private final ImportRows rows;
    private final Patches patches;

    public ObservationFormImport(ObservationFormService forms, WriteAccess access, ImportRows rows, Patches patches) {
        this.forms = forms;
        this.access = access;
        this.rows = rows;
        this.patches = patches;
    }

    @Override
    public String key() {
        return "observationForms";
    }

    /** After organisations; before missions, which declare forms, and visits, which answer them. */
    @Override
    public int order() {
        return 18;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID id = rows.requiredId(row);
        return rows.existing(() -> forms.getForUpdate(id))
                .map(current -> {
                    access.requireOwner(current.organizationId(), ObservationFormsResource.FORM);
                    if (current.isBuiltIn()) {
                        // re-importing an export that holds the standard form leaves it as it is; a change is refused
                        ObjectNode patch = row.deepCopy();
                        patch.remove("id");
                        if (patches.changes(ObservationFormDtoMapper.toWritable(current), patch)) {
                            forms.requireChangeable(current);
                        }
                        return ImportOutcome.UNCHANGED;
                    }
                    ObservationFormCreateDto changed = rows.merged(ObservationFormDtoMapper.toWritable(current), row,
                            ObservationFormCreateDto.class, "id");
                    return ImportOutcome.ofUpdate(current, forms.update(current, ObservationFormDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    ObservationFormDraft draft = ObservationFormDtoMapper.toDraft(
                            rows.body(row, ObservationFormCreateDto.class, "id"));
                    access.requireOwner(draft.organizationId(), "a form of that organization");
                    forms.create(id, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
