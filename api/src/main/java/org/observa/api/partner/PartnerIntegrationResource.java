package org.observa.api.partner;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.observa.api.bulk.CsvImport;
import org.observa.api.tabulation.StationResultCsv;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.database.RetriedTransactions;
import org.observa.api.bulk.RowsRejectedException;
import org.observa.api.generated.api.PartnerIntegrationApi;
import org.observa.api.generated.model.ApiKeyCreateDto;
import org.observa.api.generated.model.ApiKeyPageDto;
import org.observa.api.generated.model.ChangePageDto;
import org.observa.api.generated.model.ImportCountsDto;
import org.observa.api.generated.model.ImportReportDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Bodies;
import org.observa.api.http.paging.Paging;
import org.observa.api.metrics.ObservaMetrics;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKey;
import org.observa.domain.partner.ApiKeyQuery;
import org.observa.domain.partner.ApiKeyService;
import org.observa.domain.partner.ChangePage;
import org.observa.domain.partner.ChangeService;
import org.observa.domain.partner.IssuedApiKey;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.ValidationException;

/** What partners use to write and to keep a copy of the data: API keys and the change feed. */
public class PartnerIntegrationResource implements PartnerIntegrationApi {

    private static final String KEYS = "API keys";
    private static final int IMPORT_TIMEOUT_SECONDS = 900;

    private final ChangeService changes;
    private final ApiKeyService keys;
    private final WriteAccess access;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Paging paging;
    private final BundleImporter importer;
    private final RetriedTransactions transactions;
    private final ObservaMetrics metrics;
    private final Bodies bodies;
    private final CsvImport csvImport;
    private final StationResultCsv stationResultCsv;
    private final HttpHeaders headers;

    public PartnerIntegrationResource(ChangeService changes, ApiKeyService keys, WriteAccess access,
                                      Representations representations, Preconditions preconditions, Paging paging,
                                      BundleImporter importer, RetriedTransactions transactions, ObservaMetrics metrics, Bodies bodies, CsvImport csvImport,
                                      StationResultCsv stationResultCsv,
                                      HttpHeaders headers) {
        this.csvImport = csvImport;
        this.stationResultCsv = stationResultCsv;
        this.headers = headers;
        this.changes = changes;
        this.keys = keys;
        this.access = access;
        this.representations = representations;
        this.preconditions = preconditions;
        this.paging = paging;
        this.importer = importer;
        this.transactions = transactions;
        this.metrics = metrics;
        this.bodies = bodies;
    }

    @Override
    public Response listChanges(String after, Integer pageSize) {
        int size = pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize;
        ChangePage page = changes.after(ChangeCursors.decode(after), size);
        String cursor = ChangeCursors.encode(page.continueAfter());
        return Response.ok(new ChangePageDto()
                        .items(page.changes().stream().map(ChangeDtoMapper::toDto).toList())
                        .cursor(cursor))
                .header("Link", "</v1/changes?after=" + cursor + "&pageSize=" + size + ">; rel=\"next\"")
                .build();
    }

    @Override
    public Response importBundle(InputStream body, Boolean dryRun, String electionId) {
        boolean csv = MediaType.valueOf("text/csv").isCompatible(headers.getMediaType());
        if (csv != (electionId != null)) {
            throw ValidationException.of("electionId", csv
                    ? "is required with a CSV of polling stations: the election they belong to"
                    : "is only for a CSV of polling stations; in a JSON bundle each row names its own");
        }
        return imported(csv ? csvImport.bundle(body, electionId) : bodies.parse(body), dryRun);
    }

    @Override
    public Response importPollingStationsCsv(String electionId, String body, Boolean dryRun) {
        return imported(csvImport.bundle(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), electionId), dryRun);
    }

    @Override
    public Response importStationResultsCsv(String electionId, String body, Boolean dryRun) {
        return imported(stationResultCsv.bundle(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                electionId), dryRun);
    }

    private Response imported(JsonNode bundle, Boolean dryRun) {
        boolean dry = Boolean.TRUE.equals(dryRun);
        // A dry run checks and writes everything as for real; rolling back leaves no trace of it.
        Map<String, Map<ImportOutcome, Integer>> results;
        try {
            results = transactions.call(IMPORT_TIMEOUT_SECONDS, !dry, retryable -> importer.apply(bundle, retryable));
        } catch (RowsRejectedException e) {
            RowsRejectedException.rowsByKind(e.errors()).forEach((kind, rows) -> metrics.rejected(kind, rows, dry));
            throw e;
        }
        Map<String, Map<String, Integer>> byOutcome = new LinkedHashMap<>();
        results.forEach((kind, outcome) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            outcome.forEach((what, rows) -> counts.put(what.name().toLowerCase(Locale.ROOT), rows));
            byOutcome.put(kind, counts);
        });
        metrics.imported(byOutcome, dry);
        Map<String, ImportCountsDto> counts = new LinkedHashMap<>();
        results.forEach((kind, outcome) -> counts.put(kind, new ImportCountsDto()
                .created(outcome.get(ImportOutcome.CREATED))
                .updated(outcome.get(ImportOutcome.UPDATED))
                .unchanged(outcome.get(ImportOutcome.UNCHANGED))));
        return Response.ok(new ImportReportDto().dryRun(dry).results(counts)).build();
    }

    @Override
    public Response listApiKeys(UUID organizationId, Integer pageSize, String pageToken, String ifNoneMatch) {
        Actor actor = access.actor();
        if (organizationId != null || !actor.isAdmin()) {
            access.requireOwner(organizationId == null ? actor.organizationId() : organizationId, "these keys");
        }
        ApiKeyQuery query = new ApiKeyQuery(actor.isAdmin() ? organizationId : actor.organizationId());
        return paging.ok(keys.list(query, paging.request(pageSize, pageToken)), ApiKeyDtoMapper::toDto,
                (items, next) -> new ApiKeyPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createApiKey(ApiKeyCreateDto body) {
        access.requireAdmin(KEYS);
        IssuedApiKey issued = keys.issue(ApiKeyDtoMapper.toDraft(body));
        // The token is in this body only, which no cache may keep; the ETag is that of the key as GET shows it.
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v1/api-keys/" + issued.key().id())
                .header(HttpHeaders.ETAG, representations.tagOf(ApiKeyDtoMapper.toDto(issued.key())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(ApiKeyDtoMapper.toDto(issued))
                .build();
    }

    @Override
    public Response getApiKey(UUID keyId, String ifNoneMatch) {
        ApiKey key = keys.get(keyId);
        access.requireOwner(key.organizationId(), "this key");
        return representations.ok(ApiKeyDtoMapper.toDto(key), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response deleteApiKey(UUID keyId, String ifMatch) {
        ApiKey current = keys.getForUpdate(keyId);
        access.requireOwner(current.organizationId(), "this key");
        preconditions.requireCurrent(ifMatch, ApiKeyDtoMapper.toDto(current));
        keys.revoke(current);
        return Response.noContent().build();
    }
}
