package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.MissionsApi;
import org.observa.api.generated.model.ElectoralPhaseDto;
import org.observa.api.generated.model.EngagementCreateDto;
import org.observa.api.generated.model.EngagementKindDto;
import org.observa.api.generated.model.EngagementPageDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.FindingCreateDto;
import org.observa.api.generated.model.FindingKindDto;
import org.observa.api.generated.model.FindingPageDto;
import org.observa.api.generated.model.MissionCreateDto;
import org.observa.api.generated.model.MissionPageDto;
import org.observa.api.generated.model.MissionStatusDto;
import org.observa.api.generated.model.OrganizationClassificationDto;
import org.observa.api.generated.model.OrganizationCreateDto;
import org.observa.api.generated.model.OrganizationPageDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Engagement;
import org.observa.domain.mission.EngagementKind;
import org.observa.domain.mission.EngagementQuery;
import org.observa.domain.mission.EngagementService;
import org.observa.domain.mission.Finding;
import org.observa.domain.mission.FindingKind;
import org.observa.domain.mission.FindingQuery;
import org.observa.domain.mission.FindingService;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionQuery;
import org.observa.domain.mission.MissionService;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.mission.Organization;
import org.observa.domain.mission.OrganizationClassification;
import org.observa.domain.mission.OrganizationQuery;
import org.observa.domain.mission.OrganizationService;
import org.observa.domain.partner.ApiKeyService;

/** Organisations, their missions, and each mission's engagements and findings. */
public class MissionsResource implements MissionsApi {

    static final String ORGANIZATIONS = "organizations";
    // Writes under a mission lock it first and check the key against what the lock read: a read before
    // the lock would be what a concurrent writer was about to change.
    static final String MISSION = "this mission";

    private final OrganizationService organizations;
    private final MissionService missions;
    private final EngagementService engagements;
    private final FindingService findings;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final WriteAccess access;
    private final Exports exports;
    private final ApiKeyService keys;

    public MissionsResource(OrganizationService organizations, MissionService missions, EngagementService engagements,
                            FindingService findings, Representations representations, Preconditions preconditions,
                            Patches patches, Paging paging, WriteAccess access, Exports exports, ApiKeyService keys) {
        this.organizations = organizations;
        this.missions = missions;
        this.engagements = engagements;
        this.findings = findings;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.access = access;
        this.exports = exports;
        this.keys = keys;
    }

    @Override
    public Response listOrganizations(OrganizationClassificationDto classification, String countryId, String q,
                                      OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        OrganizationQuery query = new OrganizationQuery(
                SharedDtoMapper.toEnum(classification, OrganizationClassification.class), countryId, q,
                SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(organizations.list(query, paging.request(pageSize, pageToken)), OrganizationDtoMapper::toDto,
                (items, next) -> new OrganizationPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createOrganization(OrganizationCreateDto body) {
        access.requireAdmin(ORGANIZATIONS);
        Organization created = organizations.create(OrganizationDtoMapper.toDraft(body));
        return representations.created("/v1/organizations/" + created.id(), OrganizationDtoMapper.toDto(created));
    }

    @Override
    public Response getOrganization(UUID organizationId, String ifNoneMatch) {
        return representations.ok(OrganizationDtoMapper.toDto(organizations.get(organizationId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateOrganization(UUID organizationId, String ifMatch, ObjectNode body) {
        access.requireAdmin(ORGANIZATIONS);
        Organization current = organizations.getForUpdate(organizationId);
        preconditions.requireCurrent(ifMatch, OrganizationDtoMapper.toDto(current));
        OrganizationCreateDto changed = patches.apply(OrganizationDtoMapper.toWritable(current), body,
                OrganizationCreateDto.class);
        return representations.ok(OrganizationDtoMapper.toDto(
                organizations.update(current, OrganizationDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteOrganization(UUID organizationId, String ifMatch) {
        access.requireAdmin(ORGANIZATIONS);
        Organization current = organizations.getForUpdate(organizationId);
        preconditions.requireCurrent(ifMatch, OrganizationDtoMapper.toDto(current));
        keys.forgetRevokedKeysOf(organizationId);
        organizations.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response listMissions(UUID organizationId, String electionId, String countryId, MissionStatusDto status,
                                 LocalDate from, LocalDate to, String q, OffsetDateTime updatedSince, Integer pageSize,
                                 String pageToken, String ifNoneMatch) {
        MissionQuery query = new MissionQuery(organizationId, electionId, countryId,
                SharedDtoMapper.toEnum(status, MissionStatus.class), from, to, q, SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(missions.list(query, paging.request(pageSize, pageToken)), MissionDtoMapper::toDto,
                (items, next) -> new MissionPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createMission(MissionCreateDto body) {
        access.requireOwner(body.getOrganizationId(), "a mission of that organization");
        Mission created = missions.create(MissionDtoMapper.toDraft(body));
        return representations.created("/v1/missions/" + created.id(), MissionDtoMapper.toDto(created));
    }

    @Override
    public Response getMission(UUID missionId, String ifNoneMatch) {
        return representations.ok(MissionDtoMapper.toDto(missions.get(missionId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateMission(UUID missionId, String ifMatch, ObjectNode body) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Mission current = missions.getForUpdate(missionId);
        preconditions.requireCurrent(ifMatch, MissionDtoMapper.toDto(current));
        MissionCreateDto changed = patches.apply(MissionDtoMapper.toWritable(current), body, MissionCreateDto.class);
        return representations.ok(MissionDtoMapper.toDto(missions.update(current, MissionDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteMission(UUID missionId, String ifMatch) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Mission current = missions.getForUpdate(missionId);
        preconditions.requireCurrent(ifMatch, MissionDtoMapper.toDto(current));
        missions.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response listEngagements(UUID missionId, EngagementKindDto kind, OffsetDateTime updatedSince,
                                    Integer pageSize, String pageToken, String ifNoneMatch) {
        EngagementQuery query = new EngagementQuery(missionId, SharedDtoMapper.toEnum(kind, EngagementKind.class),
                SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(engagements.list(query, paging.request(pageSize, pageToken)), EngagementDtoMapper::toDto,
                (items, next) -> new EngagementPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createEngagement(UUID missionId, EngagementCreateDto body) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Engagement created = engagements.create(missionId, EngagementDtoMapper.toDraft(body));
        return representations.created("/v1/missions/" + missionId + "/engagements/" + created.id(),
                EngagementDtoMapper.toDto(created));
    }

    @Override
    public Response getEngagement(UUID missionId, UUID engagementId, String ifNoneMatch) {
        return representations.ok(EngagementDtoMapper.toDto(engagements.get(missionId, engagementId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateEngagement(UUID missionId, UUID engagementId, String ifMatch, ObjectNode body) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Engagement current = engagements.getForUpdate(missionId, engagementId);
        preconditions.requireCurrent(ifMatch, EngagementDtoMapper.toDto(current));
        EngagementCreateDto changed = patches.apply(EngagementDtoMapper.toWritable(current), body,
                EngagementCreateDto.class);
        return representations.ok(EngagementDtoMapper.toDto(
                engagements.update(current, EngagementDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteEngagement(UUID missionId, UUID engagementId, String ifMatch) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Engagement current = engagements.getForUpdate(missionId, engagementId);
        preconditions.requireCurrent(ifMatch, EngagementDtoMapper.toDto(current));
        engagements.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response listFindings(UUID missionId, FindingKindDto kind, ElectoralPhaseDto phase,
                                 OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        FindingQuery query = new FindingQuery(missionId, SharedDtoMapper.toEnum(kind, FindingKind.class),
                SharedDtoMapper.toEnum(phase, ElectoralPhase.class), SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(findings.list(query, paging.request(pageSize, pageToken)), FindingDtoMapper::toDto,
                (items, next) -> new FindingPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createFinding(UUID missionId, FindingCreateDto body) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Finding created = findings.create(missionId, FindingDtoMapper.toDraft(body));
        return representations.created("/v1/missions/" + missionId + "/findings/" + created.id(),
                FindingDtoMapper.toDto(created));
    }

    @Override
    public Response getFinding(UUID missionId, UUID findingId, String ifNoneMatch) {
        return representations.ok(FindingDtoMapper.toDto(findings.get(missionId, findingId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateFinding(UUID missionId, UUID findingId, String ifMatch, ObjectNode body) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Finding current = findings.getForUpdate(missionId, findingId);
        preconditions.requireCurrent(ifMatch, FindingDtoMapper.toDto(current));
        FindingCreateDto changed = patches.apply(FindingDtoMapper.toWritable(current), body, FindingCreateDto.class);
        return representations.ok(FindingDtoMapper.toDto(findings.update(current, FindingDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteFinding(UUID missionId, UUID findingId, String ifMatch) {
        access.requireOwner(missions.getForUpdate(missionId).organizationId(), MISSION);
        Finding current = findings.getForUpdate(missionId, findingId);
        preconditions.requireCurrent(ifMatch, FindingDtoMapper.toDto(current));
        findings.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportOrganizations(OrganizationClassificationDto classification, String countryId, String q,
                                        OffsetDateTime updatedSince, ExportFormatDto format) {
        OrganizationQuery query = new OrganizationQuery(
                SharedDtoMapper.toEnum(classification, OrganizationClassification.class), countryId, q,
                SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "organizations", OrganizationDtoMapper.CSV, OrganizationDtoMapper::toDto,
                sink -> organizations.export(query, sink));
    }

    @Override
    public Response exportMissions(UUID organizationId, String electionId, String countryId, MissionStatusDto status,
                                   LocalDate from, LocalDate to, String q, OffsetDateTime updatedSince, ExportFormatDto format) {
        MissionQuery query = new MissionQuery(organizationId, electionId, countryId,
                SharedDtoMapper.toEnum(status, MissionStatus.class), from, to, q, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "missions", MissionDtoMapper.CSV, MissionDtoMapper::toDto, sink -> missions.export(query, sink));
    }

    @Override
    public Response exportEngagements(UUID missionId, EngagementKindDto kind, OffsetDateTime updatedSince, ExportFormatDto format) {
        EngagementQuery query = new EngagementQuery(missionId, SharedDtoMapper.toEnum(kind, EngagementKind.class),
                SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "engagements", EngagementDtoMapper.CSV, EngagementDtoMapper::toDto,
                sink -> engagements.export(query, sink));
    }

    @Override
    public Response exportFindings(UUID missionId, FindingKindDto kind, ElectoralPhaseDto phase,
                                   OffsetDateTime updatedSince, ExportFormatDto format) {
        FindingQuery query = new FindingQuery(missionId, SharedDtoMapper.toEnum(kind, FindingKind.class),
                SharedDtoMapper.toEnum(phase, ElectoralPhase.class), SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "findings", FindingDtoMapper.CSV, FindingDtoMapper::toDto, sink -> findings.export(query, sink));
    }
}
