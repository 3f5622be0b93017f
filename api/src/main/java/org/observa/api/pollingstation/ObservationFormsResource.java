package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observa.api.bulk.Exports;
import org.observa.api.generated.api.ObservationFormsApi;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.ExportFormatDto;
import org.observa.api.generated.model.FormVersionStatusDto;
import org.observa.api.generated.model.ObservationFormCreateDto;
import org.observa.api.generated.model.ObservationFormPageDto;
import org.observa.api.generated.model.ObservationFormVersionCreateDto;
import org.observa.api.generated.model.ObservationFormVersionPageDto;
import org.observa.api.generated.model.VisitPhaseDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.conditional.Preconditions;
import org.observa.api.http.conditional.Representations;
import org.observa.api.http.input.Patches;
import org.observa.api.http.paging.Paging;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.pollingstation.FormVersionStatus;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.ObservationFormQuery;
import org.observa.domain.pollingstation.ObservationFormService;
import org.observa.domain.pollingstation.ObservationFormVersion;
import org.observa.domain.pollingstation.ObservationFormVersionQuery;
import org.observa.domain.pollingstation.ObservationStatsService;
import org.observa.domain.pollingstation.VisitPhase;
import org.observa.domain.reference.DivisionLevel;

/** Observation forms and their versions: public reads; writes by the form's organisation (or an ADMIN key). */
public class ObservationFormsResource implements ObservationFormsApi {

    static final String FORM = "that observation form";

    private final ObservationFormService forms;
    private final ObservationStatsService stats;
    private final Representations representations;
    private final Preconditions preconditions;
    private final Patches patches;
    private final Paging paging;
    private final Exports exports;
    private final WriteAccess access;

    public ObservationFormsResource(ObservationFormService forms, ObservationStatsService stats,
                                    Representations representations, Preconditions preconditions, Patches patches,
                                    Paging paging, Exports exports, WriteAccess access) {
        this.forms = forms;
        this.stats = stats;
        this.representations = representations;
        this.preconditions = preconditions;
        this.patches = patches;
        this.paging = paging;
        this.exports = exports;
        this.access = access;
    }

    @Override
    public Response listObservationForms(UUID organizationId, VisitPhaseDto phase, String q, OffsetDateTime updatedSince,
                                         Integer pageSize, String pageToken, String ifNoneMatch) {
        ObservationFormQuery query = new ObservationFormQuery(organizationId, SharedDtoMapper.toEnum(phase, VisitPhase.class),
                q, SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(forms.list(query, paging.request(pageSize, pageToken)), ObservationFormDtoMapper::toDto,
                (items, next) -> new ObservationFormPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createObservationForm(ObservationFormCreateDto body) {
        access.requireOwner(body.getOrganizationId(), "a form of that organization");
        ObservationForm created = forms.create(ObservationFormDtoMapper.toDraft(body));
        return representations.created("/v1/observation-forms/" + created.id(), ObservationFormDtoMapper.toDto(created));
    }

    @Override
    public Response getObservationForm(UUID formId, String ifNoneMatch) {
        return representations.ok(ObservationFormDtoMapper.toDto(forms.get(formId)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateObservationForm(UUID formId, String ifMatch, ObjectNode body) {
        ObservationForm current = writable(formId, ifMatch);
        ObservationFormCreateDto changed = patches.apply(ObservationFormDtoMapper.toWritable(current), body,
                ObservationFormCreateDto.class);
        return representations.ok(ObservationFormDtoMapper.toDto(forms.update(current,
                ObservationFormDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteObservationForm(UUID formId, String ifMatch) {
        forms.delete(writable(formId, ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listObservationFormVersions(UUID formId, FormVersionStatusDto status, OffsetDateTime updatedSince,
                                                Integer pageSize, String pageToken, String ifNoneMatch) {
        ObservationFormVersionQuery query = new ObservationFormVersionQuery(formId,
                SharedDtoMapper.toEnum(status, FormVersionStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return paging.ok(forms.versions(query, paging.request(pageSize, pageToken)), ObservationFormDtoMapper::toDto,
                (items, next) -> new ObservationFormVersionPageDto().items(items).nextPageToken(next));
    }

    @Override
    @Transactional
    public Response createObservationFormVersion(UUID formId, ObservationFormVersionCreateDto body) {
        ObservationForm form = owned(formId);
        ObservationFormVersion created = forms.createVersion(form, ObservationFormDtoMapper.toDraft(body));
        return representations.created("/v1/observation-forms/" + formId + "/versions/" + created.number(),
                ObservationFormDtoMapper.toDto(created));
    }

    @Override
    public Response getObservationFormVersion(UUID formId, Integer versionNumber, String ifNoneMatch) {
        return representations.ok(ObservationFormDtoMapper.toDto(forms.version(formId, versionNumber)), ifNoneMatch);
    }

    @Override
    @Transactional
    public Response updateObservationFormVersion(UUID formId, Integer versionNumber, String ifMatch, ObjectNode body) {
        ObservationForm form = owned(formId);
        ObservationFormVersion current = writableVersion(form, versionNumber, ifMatch);
        ObservationFormVersionCreateDto changed = patches.apply(ObservationFormDtoMapper.toWritable(current), body,
                ObservationFormVersionCreateDto.class);
        return representations.ok(ObservationFormDtoMapper.toDto(forms.updateVersion(form, current,
                ObservationFormDtoMapper.toDraft(changed))));
    }

    @Override
    @Transactional
    public Response deleteObservationFormVersion(UUID formId, Integer versionNumber, String ifMatch) {
        ObservationForm form = owned(formId);
        forms.deleteVersion(form, writableVersion(form, versionNumber, ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response getFormStats(String electionId, UUID formId, Integer formVersion, DivisionLevelDto level,
                                 UUID missionId, String ifNoneMatch) {
        return representations.ok(ObservationFormDtoMapper.toDto(stats.byForm(electionId, formId, formVersion,
                SharedDtoMapper.toEnum(level, DivisionLevel.class), missionId)), ifNoneMatch);
    }

    @Override
    public Response exportObservationForms(UUID organizationId, OffsetDateTime updatedSince, ExportFormatDto format) {
        ObservationFormQuery query = new ObservationFormQuery(organizationId, null, null,
                SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "observation-forms", ObservationFormDtoMapper.CSV, ObservationFormDtoMapper::toDto,
                sink -> forms.export(query, sink));
    }

    @Override
    public Response exportObservationFormVersions(UUID formId, FormVersionStatusDto status, OffsetDateTime updatedSince,
                                                  ExportFormatDto format) {
        ObservationFormVersionQuery query = new ObservationFormVersionQuery(formId,
                SharedDtoMapper.toEnum(status, FormVersionStatus.class), SharedDtoMapper.toInstant(updatedSince));
        return exports.stream(format, "observation-form-versions", ObservationFormDtoMapper.VERSIONS_CSV,
                ObservationFormDtoMapper::toDto, sink -> forms.exportVersions(query, sink));
    }

    /** The form to change, held until the transaction ends, if the key may write it and names its current version. */
    private ObservationForm writable(UUID formId, String ifMatch) {
        ObservationForm current = owned(formId);
        forms.requireChangeable(current);
        preconditions.requireCurrent(ifMatch, ObservationFormDtoMapper.toDto(current));
        return current;
    }

    /** The form, held until the transaction ends (so that two new versions never take one number), if the key may write it. */
    private ObservationForm owned(UUID formId) {
        ObservationForm form = forms.getForUpdate(formId);
        access.requireOwner(form.organizationId(), FORM);
        return form;
    }

    private ObservationFormVersion writableVersion(ObservationForm form, int number, String ifMatch) {
        ObservationFormVersion current = forms.versionForUpdate(form, number);
        preconditions.requireCurrent(ifMatch, ObservationFormDtoMapper.toDto(current));
        return current;
    }
}
