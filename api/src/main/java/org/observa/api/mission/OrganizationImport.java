package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.OrganizationCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.mission.OrganizationService;

/** Organisations in a bulk import: matched by their id. */
@ApplicationScoped
public class OrganizationImport implements ImportType {

    private final OrganizationService organizations;
    private final ImportRows rows;
    private final WriteAccess access;

    public OrganizationImport(OrganizationService organizations, ImportRows rows, WriteAccess access) {
        this.organizations = organizations;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "organizations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(MissionsResource.ORGANIZATIONS);
        UUID id = rows.requiredId(row);
        return rows.existing(() -> organizations.getForUpdate(id))
                .map(current -> ImportOutcome.ofUpdate(current, organizations.update(current, OrganizationDtoMapper.toDraft(
                        rows.merged(OrganizationDtoMapper.toWritable(current), row, OrganizationCreateDto.class, "id")))))
                .orElseGet(() -> {
                    organizations.create(id, OrganizationDtoMapper.toDraft(rows.body(row, OrganizationCreateDto.class, "id")));
                    return ImportOutcome.CREATED;
                });
    }
}
