package org.observa.api.tabulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.TabulationApi;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.ObservedResultCreateDto;
import org.observa.api.generated.model.ObservedResultPageDto;
import org.observa.api.generated.model.SampleCreateDto;
import org.observa.api.generated.model.SamplePageDto;
import org.observa.api.generated.model.StationComparisonPageDto;
import org.observa.api.generated.model.StationResultCreateDto;
import org.observa.api.generated.model.StationResultPageDto;
import org.observa.api.http.auth.CurrentActor;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.mission.MissionOwners;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.tabulation.ObservedResult;
import org.observa.domain.tabulation.ObservedResultDraft;
import org.observa.domain.tabulation.ObservedResultQuery;
import org.observa.domain.tabulation.ObservedResultService;
import org.observa.domain.tabulation.Sample;
import org.observa.domain.tabulation.SampleQuery;
import org.observa.domain.tabulation.SampleService;
import org.observa.domain.tabulation.SampleVisibility;
import org.observa.domain.tabulation.StationResult;
import org.observa.domain.tabulation.StationResultQuery;
import org.observa.domain.tabulation.StationResultService;

/**
 * Checking the count: official station results (ADMIN keys write them), results observers copied and samples
 * (the mission's organisation writes them), the comparison of the two and the sample's estimate. Reads are public,
 * except a sample before its election is over.
 */
public class TabulationResource implements TabulationApi {

    static final String STATION_RESULTS = "official station results";
    static final String OBSERVED_RESULT = "an observed result of that mission";
    static final String SAMPLE = "a sample of that mission";

    private final StationResultService stationResults;
    private final ObservedResultService observedResults;
    private final SampleService samples;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final CurrentActor reader;
    private final WriteAccess access;
    private final MissionOwners owners;
    private final Clock clock;

    public TabulationResource(StationResultService stationResults, ObservedResultService observedResults,
                              SampleService samples, Representations representations, Preconditions preconditions,
                              Patches patches, Paging paging, Exports exports, CurrentActor reader, WriteAccess access,
                              MissionOwners owners, Clock clock) {
        this.stationResults = stationResults;
        this.observedResults = observedResults;
        this.samples = samples;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.reader = reader;
        this.access = access;
        this.owners = owners;
        this.clock = clock;
    }

    // --- Official station results ----------------------------------------------------------------------------

    @Override
    public Response listStationResults(String electionId, String divisionId, OffsetDateTime updatedSince,
                                       Integer pageSize, String pageToken, String ifNoneMatch) {
        StationResultQuery query = new StationResultQuery(electionId, divisionId, SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(stationResults.list(query, paging.request(pageSize, pageToken)), TabulationDtoMapper::toDto,
                (items, next) -> new StationResultPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createStationResult(String electionId, StationResultCreateDto body) {
        access.requireAdmin(STATION_RESULTS);
        StationResult created = stationResults.create(electionId, TabulationDtoMapper.toDraft(body));
        return representations.created("/v1/elections/" + electionId + "/station-results/" + created.stationId(),
                TabulationDtoMapper.toDto(created));
    }

    @Override
    public Response getStationResult(String electionId, UUID stationId, String ifNoneMatch) {
        return representations.ok(TabulationDtoMapper.toDto(stationResults.get(electionId, stationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateStationResult(String electionId, UUID stationId, String ifMatch, ObjectNode body) {
        access.requireAdmin(STATION_RESULTS);
        StationResult current = stationResults.getForUpdate(electionId, stationId);
        preconditions.requireCurrent(ifMatch, TabulationDtoMapper.toDto(current));
        StationResultCreateDto changed = patches.apply(TabulationDtoMapper.toWritable(current), body,
                StationResultCreateDto.class);
        return representations.ok(TabulationDtoMapper.toDto(stationResults.update(current,
                TabulationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteStationResult(String electionId, UUID stationId, String ifMatch) {
        access.requireAdmin(STATION_RESULTS);
        StationResult current = stationResults.getForUpdate(electionId, stationId);
        preconditions.requireCurrent(ifMatch, TabulationDtoMapper.toDto(current));
        stationResults.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response getStationResultTotals(String electionId, DivisionLevelDto level, String ifNoneMatch) {
        return representations.ok(TabulationDtoMapper.toDto(stationResults.totals(electionId,
                SharedDtoMapper.toEnum(level, DivisionLevel.class))), ifNoneMatch);
    }

    @Override
    public Response exportStationResults(String electionId, String divisionId, OffsetDateTime updatedSince,
                                         ExportFormatDto format) {
        StationResultQuery query = new StationResultQuery(electionId, divisionId, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "station-results", TabulationDtoMapper.STATION_RESULTS_CSV,
                TabulationDtoMapper::toDto, sink -> stationResults.export(query, sink));
    }

    // --- Observed results and discrepancies ------------------------------------------------------------------

    @Override
    public Response listObservedResults(UUID missionId, String electionId, String divisionId, UUID stationId,
                                        OffsetDateTime updatedSince, Integer pageSize, String pageToken,
                                        String ifNoneMatch) {
        ObservedResultQuery query = new ObservedResultQuery(missionId, electionId, divisionId, stationId,
                SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(observedResults.list(query, paging.request(pageSize, pageToken)), TabulationDtoMapper::toDto,
                (items, next) -> new ObservedResultPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createObservedResult(ObservedResultCreateDto body) {
        ObservedResultDraft draft = TabulationDtoMapper.toDraft(body);
        if (draft.visitId() != null) {
            observedResults.findVisit(draft.visitId())
                    .ifPresent(visit -> owners.requireWriterOf(visit.missionId(), OBSERVED_RESULT));
        }
        ObservedResult created = observedResults.create(draft);
        return representations.created("/v1/observed-results/" + created.id(), TabulationDtoMapper.toDto(created));
    }

    @Override
    public Response getObservedResult(UUID observedResultId, String ifNoneMatch) {
        return representations.ok(TabulationDtoMapper.toDto(observedResults.get(observedResultId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateObservedResult(UUID observedResultId, String ifMatch, ObjectNode body) {
        ObservedResult current = writable(observedResultId, ifMatch);
        ObservedResultCreateDto changed = patches.apply(TabulationDtoMapper.toWritable(current), body,
                ObservedResultCreateDto.class);
        return representations.ok(TabulationDtoMapper.toDto(observedResults.update(current,
                TabulationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteObservedResult(UUID observedResultId, String ifMatch) {
        observedResults.delete(writable(observedResultId, ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listResultDiscrepancies(String electionId, String divisionId, Integer pageSize, String pageToken,
                                            String ifNoneMatch) {
        return paging.ok(observedResults.discrepancies(electionId, divisionId, paging.request(pageSize, pageToken)),
                TabulationDtoMapper::toDto, (items, next) -> new StationComparisonPageDto().items(items).nextPageToken(next));
    }

    @Override
    public Response exportObservedResults(UUID missionId, String electionId, OffsetDateTime updatedSince,
                                          ExportFormatDto format) {
        ObservedResultQuery query = new ObservedResultQuery(missionId, electionId, null, null,
                SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "observed-results", TabulationDtoMapper.OBSERVED_RESULTS_CSV,
                TabulationDtoMapper::toDto, sink -> observedResults.export(query, sink));
    }

    private ObservedResult writable(UUID id, String ifMatch) {
        ObservedResult current = observedResults.getForUpdate(id);
        owners.requireWriterOf(current.missionId(), OBSERVED_RESULT);
        preconditions.requireCurrent(ifMatch, TabulationDtoMapper.toDto(current));
        return current;
    }

    // --- Samples ---------------------------------------------------------------------------------------------

    @Override
    public Response listSamples(UUID missionId, String electionId, Integer pageSize, String pageToken, String ifNoneMatch) {
        return paging.ok(samples.list(new SampleQuery(missionId, electionId, visibility()),
                        paging.request(pageSize, pageToken)), TabulationDtoMapper::toDto,
                (items, next) -> new SamplePageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createSample(SampleCreateDto body) {
        owners.requireWriterOf(body.getMissionId(), SAMPLE);
        Sample created = samples.create(TabulationDtoMapper.toDraft(body));
        return representations.created("/v1/samples/" + created.id(), TabulationDtoMapper.toDto(created));
    }

    @Override
    public Response getSample(UUID sampleId, String ifNoneMatch) {
        return representations.ok(TabulationDtoMapper.toDto(samples.get(sampleId, visibility())), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response deleteSample(UUID sampleId, String ifMatch) {
        Sample sample = samples.get(sampleId, SampleVisibility.of(java.util.Optional.of(access.actor()), clock.instant()));
        owners.requireWriterOf(sample.missionId(), SAMPLE);
        preconditions.requireCurrent(ifMatch, TabulationDtoMapper.toDto(sample));
        samples.delete(sample);
        return Response.noContent().build();
    }

    @Override
    public Response getSampleEstimate(UUID sampleId, String ifNoneMatch) {
        return representations.ok(TabulationDtoMapper.toDto(samples.estimate(sampleId, visibility())), ifNoneMatch);
    }

    private SampleVisibility visibility() {
        return SampleVisibility.of(reader.get(), clock.instant());
    }
}
