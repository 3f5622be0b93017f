package org.observa.domain.pollingstation;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of observation forms: a unique code, an organisation that owns the form for good, the phases of
 * polling day it is for, and numbered versions that are drafts until published and never change after. The
 * built-in standard form is read-only; a form or version that visits answer cannot be deleted.
 */
public class ObservationFormService {

    static final String RESOURCE = "observation form";
    static final String VERSION = "observation form version";

    private final ObservationFormRepository forms;
    private final OrganizationRepository organizations;
    private final Clock clock;

    public ObservationFormService(ObservationFormRepository forms, OrganizationRepository organizations, Clock clock) {
        this.forms = forms;
        this.organizations = organizations;
        this.clock = clock;
    }

    public ObservationForm get(UUID id) {
        return forms.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public ObservationForm getForUpdate(UUID id) {
        return forms.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<ObservationForm> list(ObservationFormQuery query, PageRequest page) {
        return forms.search(query, page);
    }

    public void export(ObservationFormQuery query, Consumer<ObservationForm> sink) {
        forms.forEach(query, sink);
    }

    public ObservationForm create(ObservationFormDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a form under an id chosen by the caller, such as an imported record's. */
    public ObservationForm create(UUID id, ObservationFormDraft draft) {
        Violations violations = new Violations();
        violations.notNull("organizationId", draft.organizationId());
        if (draft.organizationId() != null && organizations.byId(draft.organizationId()).isEmpty()) {
            violations.add("organizationId", "there is no organization '" + draft.organizationId() + "'");
        }
        check(draft, violations);
        violations.throwIfAny();
        if (forms.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        requireFreeCode(draft.code(), id);
        ObservationForm form = ObservationForm.create(id, draft, Timestamps.now(clock));
        forms.insert(form);
        return form;
    }

    /** Replaces the changeable fields; the same fields again change nothing, even on the built-in form (a re-import). */
    public ObservationForm update(ObservationForm current, ObservationFormDraft draft) {
        if (current.draft().equals(draft)) {
            return current;
        }
        requireChangeable(current);
        Violations violations = new Violations();
        violations.require(Objects.equals(current.organizationId(), draft.organizationId()), "organizationId",
                "cannot be changed; a form stays with the organisation that made it");
        check(draft, violations);
        violations.throwIfAny();
        requireFreeCode(draft.code(), current.id());
        ObservationForm updated = current.updatedWith(draft, Timestamps.now(clock));
        forms.save(updated);
        return updated;
    }

    /** Deletes a form with its versions, unless visits answer it or a mission declares it. */
    public void delete(ObservationForm form) {
        requireChangeable(form);
        if (forms.isAnswered(form.id())) {
            throw new ConflictException("Station visits answer observation form '" + form.code()
                    + "'; it stays so that their answers keep their meaning.");
        }
        if (forms.isDeclared(form.id())) {
            throw new ConflictException("A mission declares observation form '" + form.code()
                    + "' among its forms; remove it from the mission's observationFormIds first.");
        }
        forms.remove(form.id());
    }

    public ObservationFormVersion version(UUID formId, int number) {
        get(formId);
        return forms.version(formId, number).orElseThrow(() -> new NotFoundException(VERSION, formId + "/versions/" + number));
    }

    /** The form's newest published version; 404 when it has none. */
    public ObservationFormVersion latestPublished(UUID formId) {
        ObservationForm form = get(formId);
        return forms.latestPublished(formId).orElseThrow(() -> new NotFoundException("published version of observation form",
                form.code()));
    }

    public ObservationFormVersion versionForUpdate(ObservationForm form, int number) {
        return forms.versionForUpdate(form.id(), number)
                .orElseThrow(() -> new NotFoundException(VERSION, form.id() + "/versions/" + number));
    }

    public Page<ObservationFormVersion> versions(ObservationFormVersionQuery query, PageRequest page) {
        if (query.formId() != null) {
            get(query.formId());
        }
        return forms.searchVersions(query, page);
    }

    public void exportVersions(ObservationFormVersionQuery query, Consumer<ObservationFormVersion> sink) {
        forms.forEachVersion(query, sink);
    }

    /** Adds the next version of a form (read for update, so two new versions never take one number). */
    public ObservationFormVersion createVersion(ObservationForm form, ObservationFormVersionDraft draft) {
        requireChangeable(form);
        check(draft);
        ObservationFormVersion version = ObservationFormVersion.create(form.id(), forms.lastVersionNumber(form.id()) + 1,
                draft, Timestamps.now(clock));
        forms.insertVersion(version);
        return version;
    }

    /** Creates a version under the number the caller gives, such as an imported record's. */
    public ObservationFormVersion createVersion(ObservationForm form, int number, ObservationFormVersionDraft draft) {
        requireChangeable(form);
        Violations violations = new Violations();
        violations.require(number >= 1, "number", "must be 1 or more");
        FormDefinitionRules.check(draft, violations);
        violations.throwIfAny();
        if (forms.version(form.id(), number).isPresent()) {
            throw ConflictException.duplicate(VERSION, form.id() + "/versions/" + number);
        }
        ObservationFormVersion version = ObservationFormVersion.create(form.id(), number, draft, Timestamps.now(clock));
        forms.insertVersion(version);
        return version;
    }

    /** Replaces a draft's sections and questions, or publishes it; a published version never changes. */
    public ObservationFormVersion updateVersion(ObservationForm form, ObservationFormVersion current,
                                                ObservationFormVersionDraft draft) {
        if (current.draft().equals(draft)) {
            return current;
        }
        requireChangeable(form);
        requireDraft(form, current);
        check(draft);
        ObservationFormVersion updated = current.updatedWith(draft, Timestamps.now(clock));
        forms.saveVersion(updated);
        return updated;
    }

    public void deleteVersion(ObservationForm form, ObservationFormVersion version) {
        requireChangeable(form);
        requireDraft(form, version);
        forms.removeVersion(form.id(), version.number());
    }

    public java.util.Optional<ObservationForm> find(UUID id) {
        return forms.byId(id);
    }

    /**
     * The published version of the form a visit answers: the one it names, or the form's newest published version.
     * Problems are added to {@code violations} as formId and formVersion; null when there is none to answer.
     */
    public ObservationFormVersion answerable(ObservationForm form, Integer number, Violations violations) {
        UUID formId = form.id();
        if (number == null) {
            ObservationFormVersion latest = forms.latestPublished(formId).orElse(null);
            violations.require(latest != null, "formId", "observation form '" + form.code() + "' has no published version");
            return latest;
        }
        ObservationFormVersion version = forms.version(formId, number).orElse(null);
        if (version == null || !version.isPublished()) {
            violations.add("formVersion", "observation form '" + form.code() + "' has no published version " + number);
            return null;
        }
        return version;
    }

    private void requireFreeCode(String code, UUID id) {
        if (forms.codeTaken(code, id)) {
            throw new ConflictException("There is already an observation form with code '" + code + "'.");
        }
    }

    /** Refuses any change to the built-in form (409). */
    public void requireChangeable(ObservationForm form) {
        if (form.isBuiltIn()) {
            throw new ConflictException("Observation form '" + form.code()
                    + "' is built in and read-only; create your own form to change its questions.");
        }
    }

    private static void requireDraft(ObservationForm form, ObservationFormVersion version) {
        if (version.isPublished()) {
            throw new ConflictException("Version " + version.number() + " of observation form '" + form.code()
                    + "' is published and never changes, so that every answer keeps its meaning; create a new version.");
        }
    }

    private static void check(ObservationFormDraft draft, Violations violations) {
        FormDefinitionRules.code("code", draft.code(), violations);
        violations.localizedText("title", draft.title()).optionalLocalizedText("description", draft.description());
        violations.require(!draft.phases().isEmpty(), "phases", "must name at least one phase of polling day");
        for (int i = 0; i < draft.phases().size(); i++) {
            violations.notNull("phases[" + i + "]", draft.phases().get(i));
        }
        violations.require(new HashSet<>(draft.phases()).size() == draft.phases().size(), "phases",
                "must name each phase at most once");
    }

    private static void check(ObservationFormVersionDraft draft) {
        Violations violations = new Violations();
        FormDefinitionRules.check(draft, violations);
        violations.throwIfAny();
    }
}
