package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.ElectionResultsUploadDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.domain.party.ElectionResultsDraft;
import org.observa.domain.party.ElectionResultsService;
import org.observa.domain.shared.ValidationException;

/** Results tables in a bulk import: one per election ({@code electionId}), replaced whole like a PUT. */
@ApplicationScoped
public class ElectionResultsImport implements ImportType {

    private final ElectionResultsService results;
    private final ImportRows rows;
    private final WriteAccess access;

    public ElectionResultsImport(ElectionResultsService results, ImportRows rows, WriteAccess access) {
        this.results = results;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public String key() {
        return "electionResults";
    }

    @Override
    public int order() {
        return 17;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(PartiesResource.PARTIES_AND_RESULTS);
        String electionId = row.path("electionId").asText(null);
        if (electionId == null) {
            throw ValidationException.of("electionId", "is required");
        }
        ElectionResultsDraft draft = ElectionResultsDtoMapper.toDraft(
                rows.body(row, ElectionResultsUploadDto.class, "electionId"));
        return results.findForUpdate(electionId)
                .map(current -> ImportOutcome.ofUpdate(current, results.replace(current, draft)))
                .orElseGet(() -> {
                    results.create(electionId, draft);
                    return ImportOutcome.CREATED;
                });
    }
}
