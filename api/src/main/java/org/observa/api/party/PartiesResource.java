package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.PartiesApi;
import org.observa.api.generated.model.CampaignEventKindDto;
import org.observa.api.generated.model.CampaignObservationCreateDto;
import org.observa.api.generated.model.CampaignObservationPageDto;
import org.observa.api.generated.model.ElectionResultsDto;
import org.observa.api.generated.model.ElectionResultsUploadDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.ParticipationCreateDto;
import org.observa.api.generated.model.ParticipationDto;
import org.observa.api.generated.model.ParticipationPageDto;
import org.observa.api.generated.model.ParticipationStatusDto;
import org.observa.api.generated.model.PartyCreateDto;
import org.observa.api.generated.model.PartyPageDto;
import org.observa.api.generated.model.ResultsGroupingDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.EntityTags;
import org.observa.api.http.conditional.PreconditionFailedException;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.mission.MissionOwners;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.party.CampaignEventKind;
import org.observa.domain.party.CampaignObservation;
import org.observa.domain.party.CampaignObservationQuery;
import org.observa.domain.party.CampaignObservationService;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ElectionResultsService;
import org.observa.domain.party.Participation;
import org.observa.domain.party.ParticipationQuery;
import org.observa.domain.party.ParticipationService;
import org.observa.domain.party.ParticipationStatus;
import org.observa.domain.party.Party;
import org.observa.domain.party.PartyQuery;
import org.observa.domain.party.PartyService;
import org.observa.domain.party.ResultsGrouping;

/** Parties, their participation in elections, each election's results table, and observed campaign events. */
public class PartiesResource implements PartiesApi {

    static final String PARTIES_AND_RESULTS = "parties, participations and results";
    static final String OBSERVATION = "an observation of that mission";

    private final PartyService parties;
    private final ParticipationService participations;
    private final ElectionResultsService results;
    private final CampaignObservationService observations;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final WriteAccess access;
    private final MissionOwners owners;

    public PartiesResource(PartyService parties, ParticipationService participations, ElectionResultsService results,
                           CampaignObservationService observations, Representations representations,
                           Preconditions preconditions, Patches patches, Paging paging, Exports exports, WriteAccess access, MissionOwners owners) {
        this.parties = parties;
        this.participations = participations;
        this.results = results;
        this.observations = observations;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.access = access;
        this.owners = owners;
    }

    @Override
    public Response listParties(String countryId, LocalDate activeOn, String q, OffsetDateTime updatedSince,
                                Integer pageSize, String pageToken, String ifNoneMatch) {
        PartyQuery query = new PartyQuery(countryId, q, activeOn, SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(parties.list(query, paging.request(pageSize, pageToken)), PartyDtoMapper::toDto,
                (items, next) -> new PartyPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createParty(PartyCreateDto body) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Party created = parties.create(PartyDtoMapper.toDraft(body));
        return representations.created("/v1/parties/" + created.id(), PartyDtoMapper.toDto(created));
    }

    @Override
    public Response getParty(UUID partyId, String ifNoneMatch) {
        return representations.ok(PartyDtoMapper.toDto(parties.get(partyId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateParty(UUID partyId, String ifMatch, ObjectNode body) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Party current = parties.getForUpdate(partyId);
        preconditions.requireCurrent(ifMatch, PartyDtoMapper.toDto(current));
        PartyCreateDto changed = patches.apply(PartyDtoMapper.toWritable(current), body, PartyCreateDto.class);
        return representations.ok(PartyDtoMapper.toDto(parties.update(current, PartyDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteParty(UUID partyId, String ifMatch) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Party current = parties.getForUpdate(partyId);
        preconditions.requireCurrent(ifMatch, PartyDtoMapper.toDto(current));
        parties.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportParties(String countryId, LocalDate activeOn, String q, OffsetDateTime updatedSince, ExportFormatDto format) {
        PartyQuery query = new PartyQuery(countryId, q, activeOn, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "parties", PartyDtoMapper.CSV, PartyDtoMapper::toDto, sink -> parties.export(query, sink));
    }

    @Override
    public Response listParticipations(String electionId, ParticipationStatusDto status, OffsetDateTime updatedSince,
                                       Integer pageSize, String pageToken, String ifNoneMatch) {
        ParticipationQuery query = new ParticipationQuery(electionId,
                SharedDtoMapper.toEnum(status, ParticipationStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(participations.list(query, paging.request(pageSize, pageToken)), this::participationDto,
                (items, next) -> new ParticipationPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createParticipation(String electionId, ParticipationCreateDto body) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Participation created = participations.create(electionId, ParticipationDtoMapper.toDraft(body));
        return representations.created("/v1/elections/" + electionId + "/participations/" + created.id(),
                participationDto(created));
    }

    @Override
    public Response getParticipation(String electionId, UUID participationId, String ifNoneMatch) {
        return representations.ok(participationDto(participations.get(electionId, participationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateParticipation(String electionId, UUID participationId, String ifMatch, ObjectNode body) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Participation current = participations.getForUpdate(electionId, participationId);
        preconditions.requireCurrent(ifMatch, participationDto(current));
        ParticipationCreateDto changed = patches.apply(ParticipationDtoMapper.toWritable(current), body,
                ParticipationCreateDto.class);
        return representations.ok(participationDto(participations.update(current,
                ParticipationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteParticipation(String electionId, UUID participationId, String ifMatch) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Participation current = participations.getForUpdate(electionId, participationId);
        preconditions.requireCurrent(ifMatch, participationDto(current));
        participations.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportParticipations(String electionId, ParticipationStatusDto status,
                                         OffsetDateTime updatedSince, ExportFormatDto format) {
        ParticipationQuery query = new ParticipationQuery(electionId,
                SharedDtoMapper.toEnum(status, ParticipationStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "participations", ParticipationDtoMapper.CSV, ParticipationDtoMapper::toDto,
                sink -> participations.export(query, p -> sink.accept(named(p))));
    }

    private NamedParticipation named(Participation participation) {
        return new NamedParticipation(participation, parties.get(participation.partyId()));
    }

    private ParticipationDto participationDto(Participation participation) {
        return ParticipationDtoMapper.toDto(named(participation));
    }

    @Override
    public Response getElectionResults(String electionId, ResultsGroupingDto groupBy, String ifNoneMatch) {
        ResultsGrouping grouping = groupBy == null ? ResultsGrouping.PARTY
                : SharedDtoMapper.toEnum(groupBy, ResultsGrouping.class);
        return representations.ok(ElectionResultsDtoMapper.toDto(results.view(results.get(electionId), grouping)),
                ifNoneMatch);
    }

    /**
     * The first table of an election needs no precondition (If-None-Match: * makes sure none was created
     * meanwhile); replacing one needs If-Match with the ETag of the results read per party, the default.
     */
    @Override
    @Transactional
    public Response replaceElectionResults(String electionId, ElectionResultsUploadDto body, String ifMatch,
                                           String ifNoneMatch) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        Optional<ElectionResults> current = results.findForUpdate(electionId);
        if (current.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new PreconditionFailedException("Election '" + electionId + "' has no results table yet, so"
                        + " If-Match cannot match; leave it out (or send If-None-Match: *) to upload the first one.");
            }
            ElectionResults created = results.create(electionId, ElectionResultsDtoMapper.toDraft(body));
            return representations.created("/v1/elections/" + electionId + "/results", byParty(created));
        }
        ElectionResultsDto currentDto = byParty(current.get());
        if (EntityTags.noneMatchHits(ifNoneMatch, representations.tagOf(currentDto))) {
            throw new PreconditionFailedException("Election '" + electionId + "' already has a results table; send"
                    + " If-Match with its ETag, instead of If-None-Match, to replace it.");
        }
        preconditions.requireCurrent(ifMatch, currentDto);
        ElectionResults replaced = results.replace(current.get(), ElectionResultsDtoMapper.toDraft(body));
        return representations.ok(byParty(replaced));
    }

    @Override
    @Transactional
    public Response deleteElectionResults(String electionId, String ifMatch) {
        access.requireAdmin(PARTIES_AND_RESULTS);
        ElectionResults current = results.getForUpdate(electionId);
        preconditions.requireCurrent(ifMatch, byParty(current));
        results.delete(current);
        return Response.noContent().build();
    }

    /** The results as read without groupBy: the representation whose ETag writes are checked against. */
    private ElectionResultsDto byParty(ElectionResults table) {
        return ElectionResultsDtoMapper.toDto(results.view(table, ResultsGrouping.PARTY));
    }

    @Override
    public Response listCampaignObservations(UUID missionId, UUID partyId, String electionId,
                                             CampaignEventKindDto kind, OffsetDateTime updatedSince,
                                             Integer pageSize, String pageToken, String ifNoneMatch) {
        CampaignObservationQuery query = new CampaignObservationQuery(missionId, partyId, electionId,
                SharedDtoMapper.toEnum(kind, CampaignEventKind.class), SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(observations.list(query, paging.request(pageSize, pageToken)),
                CampaignObservationDtoMapper::toDto,
                (items, next) -> new CampaignObservationPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createCampaignObservation(CampaignObservationCreateDto body) {
        owners.requireWriterOf(body.getMissionId(), OBSERVATION);
        CampaignObservation created = observations.create(CampaignObservationDtoMapper.toDraft(body));
        return representations.created("/v1/campaign-observations/" + created.id(),
                CampaignObservationDtoMapper.toDto(created));
    }

    @Override
    public Response getCampaignObservation(UUID observationId, String ifNoneMatch) {
        return representations.ok(CampaignObservationDtoMapper.toDto(observations.get(observationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateCampaignObservation(UUID observationId, String ifMatch, ObjectNode body) {
        CampaignObservation current = observations.getForUpdate(observationId);
        owners.requireWriterOf(current.missionId(), OBSERVATION);
        preconditions.requireCurrent(ifMatch, CampaignObservationDtoMapper.toDto(current));
        CampaignObservationCreateDto changed = patches.apply(CampaignObservationDtoMapper.toWritable(current), body,
                CampaignObservationCreateDto.class);
        owners.requireWriterOf(changed.getMissionId(), OBSERVATION);
        return representations.ok(CampaignObservationDtoMapper.toDto(
                observations.update(current, CampaignObservationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteCampaignObservation(UUID observationId, String ifMatch) {
        CampaignObservation current = observations.getForUpdate(observationId);
        owners.requireWriterOf(current.missionId(), OBSERVATION);
        preconditions.requireCurrent(ifMatch, CampaignObservationDtoMapper.toDto(current));
        observations.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportCampaignObservations(UUID missionId, UUID partyId, String electionId,
                                               CampaignEventKindDto kind, OffsetDateTime updatedSince, ExportFormatDto format) {
        CampaignObservationQuery query = new CampaignObservationQuery(missionId, partyId, electionId,
                SharedDtoMapper.toEnum(kind, CampaignEventKind.class), SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "campaign-observations", CampaignObservationDtoMapper.CSV,
                CampaignObservationDtoMapper::toDto, sink -> observations.export(query, sink));
    }
}
