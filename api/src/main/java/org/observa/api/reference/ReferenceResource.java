package org.observa.api.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.ReferenceApi;
import org.observa.api.generated.model.DivisionCreateDto;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.DivisionPageDto;
import org.observa.api.generated.model.ElectionCreateDto;
import org.observa.api.generated.model.ElectionPageDto;
import org.observa.api.generated.model.ElectionTypeDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.reference.Division;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionQuery;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionQuery;
import org.observa.domain.reference.ElectionService;
import org.observa.domain.reference.ElectionType;

/** Divisions and elections: the reference data every module refers to. */
public class ReferenceResource implements ReferenceApi {

    static final String REFERENCE_DATA = "reference data (divisions and elections)";

    private final DivisionService divisions;
    private final ElectionService elections;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final WriteAccess access;

    public ReferenceResource(DivisionService divisions, ElectionService elections, Representations representations,
                             Preconditions preconditions, Patches patches, Paging paging, Exports exports,
                             WriteAccess access) {
        this.divisions = divisions;
        this.elections = elections;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.access = access;
    }

    @Override
    public Response listDivisions(String parentId, String countryId, DivisionLevelDto level, String q,
                                  OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        DivisionQuery query = new DivisionQuery(parentId, countryId, SharedDtoMapper.toEnum(level, DivisionLevel.class),
                q, SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(divisions.list(query, paging.request(pageSize, pageToken)), DivisionDtoMapper::toDto,
                (items, next) -> new DivisionPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createDivision(DivisionCreateDto body) {
        access.requireAdmin(REFERENCE_DATA);
        Division created = divisions.create(DivisionDtoMapper.toDraft(body));
        return representations.created("/v1/divisions/" + created.id(), DivisionDtoMapper.toDto(created));
    }

    @Override
    public Response getDivision(String divisionId, String ifNoneMatch) {
        return representations.ok(DivisionDtoMapper.toDto(divisions.get(divisionId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateDivision(String divisionId, String ifMatch, ObjectNode body) {
        access.requireAdmin(REFERENCE_DATA);
        Division current = divisions.getForUpdate(divisionId);
        preconditions.requireCurrent(ifMatch, DivisionDtoMapper.toDto(current));
        DivisionCreateDto changed = patches.apply(DivisionDtoMapper.toWritable(current), body, DivisionCreateDto.class);
        return representations.ok(DivisionDtoMapper.toDto(divisions.update(current, DivisionDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteDivision(String divisionId, String ifMatch) {
        access.requireAdmin(REFERENCE_DATA);
        Division current = divisions.getForUpdate(divisionId);
        preconditions.requireCurrent(ifMatch, DivisionDtoMapper.toDto(current));
        divisions.delete(current);
        return Response.noContent().build();
    }

    @Override
    public Response exportDivisions(String parentId, String countryId, DivisionLevelDto level, String q,
                                    OffsetDateTime updatedSince, ExportFormatDto format) {
        DivisionQuery query = new DivisionQuery(parentId, countryId, SharedDtoMapper.toEnum(level, DivisionLevel.class),
                q, SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "divisions", DivisionDtoMapper.CSV, DivisionDtoMapper::toDto, sink -> divisions.export(query, sink));
    }

    @Override
    public Response exportElections(String countryId, ElectionTypeDto type, LocalDate from, LocalDate to, String q,
                                    OffsetDateTime updatedSince, ExportFormatDto format) {
        ElectionQuery query = new ElectionQuery(countryId, SharedDtoMapper.toEnum(type, ElectionType.class), from, to, q,
                SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "elections", ElectionDtoMapper.CSV, ElectionDtoMapper::toDto, sink -> elections.export(query, sink));
    }

    @Override
    public Response listElections(String countryId, ElectionTypeDto type, LocalDate from, LocalDate to, String q,
                                  OffsetDateTime updatedSince, Integer pageSize, String pageToken, String ifNoneMatch) {
        ElectionQuery query = new ElectionQuery(countryId, SharedDtoMapper.toEnum(type, ElectionType.class), from, to, q,
                SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(elections.list(query, paging.request(pageSize, pageToken)), ElectionDtoMapper::toDto,
                (items, next) -> new ElectionPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createElection(ElectionCreateDto body) {
        access.requireAdmin(REFERENCE_DATA);
        Election created = elections.create(ElectionDtoMapper.toDraft(body));
        return representations.created("/v1/elections/" + created.id(), ElectionDtoMapper.toDto(created));
    }

    @Override
    public Response getElection(String electionId, String ifNoneMatch) {
        return representations.ok(ElectionDtoMapper.toDto(elections.get(electionId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateElection(String electionId, String ifMatch, ObjectNode body) {
        access.requireAdmin(REFERENCE_DATA);
        Election current = elections.getForUpdate(electionId);
        preconditions.requireCurrent(ifMatch, ElectionDtoMapper.toDto(current));
        ElectionCreateDto changed = patches.apply(ElectionDtoMapper.toWritable(current), body, ElectionCreateDto.class);
        return representations.ok(ElectionDtoMapper.toDto(elections.update(current, ElectionDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteElection(String electionId, String ifMatch) {
        access.requireAdmin(REFERENCE_DATA);
        Election current = elections.getForUpdate(electionId);
        preconditions.requireCurrent(ifMatch, ElectionDtoMapper.toDto(current));
        elections.delete(current);
        return Response.noContent().build();
    }
}
