package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ObservationFormVersionCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.ObservationFormService;
import org.observa.domain.shared.ValidationException;

/**
 * Form versions in a bulk import: matched by form and number. A new one is created under its number, a draft is
 * changed like a merge patch, and a published one only matches itself: it never changes.
 */
@ApplicationScoped
public class ObservationFormVersionImport implements ImportType {

    private final ObservationFormService forms;
    private final WriteAccess access;
    private final ImportRows rows;

    public ObservationFormVersionImport(ObservationFormService forms, WriteAccess access, ImportRows rows) {
        this.forms = forms;
        this.access = access;
        this.rows = rows;
    }

    @Override
    public String key() {
        return "observationFormVersions";
    }

    /** Right after the forms; before the visits that answer them. */
    @Override
    public int order() {
        return 19;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        UUID formId = rows.requiredUuid(row, "formId");
        int number = number(row);
        ObservationForm form = forms.getForUpdate(formId);
        access.requireOwner(form.organizationId(), ObservationFormsResource.FORM);
        return rows.existing(() -> forms.versionForUpdate(form, number))
                .map(current -> {
                    ObservationFormVersionCreateDto changed = rows.merged(ObservationFormDtoMapper.toWritable(current),
                            row, ObservationFormVersionCreateDto.class, "formId", "number");
                    return ImportOutcome.ofUpdate(current, forms.updateVersion(form, current,
                            ObservationFormDtoMapper.toDraft(changed)));
                })
                .orElseGet(() -> {
                    forms.createVersion(form, number, ObservationFormDtoMapper.toDraft(
                            rows.body(row, ObservationFormVersionCreateDto.class, "formId", "number")));
                    return ImportOutcome.CREATED;
                });
    }

    private static int number(ObjectNode row) {
        JsonNode number = row.get("number");
        if (number == null || !number.canConvertToInt() || !number.isIntegralNumber() || number.intValue() < 1) {
            throw ValidationException.of("number", "is required: the version's number, a whole number from 1");
        }
        return number.intValue();
    }
}
