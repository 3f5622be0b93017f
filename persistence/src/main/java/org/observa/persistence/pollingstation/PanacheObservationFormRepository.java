package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.FormCatalog;
import org.observa.domain.pollingstation.FormVersionStatus;
import org.observa.domain.pollingstation.ObservationForm;
import org.observa.domain.pollingstation.ObservationFormQuery;
import org.observa.domain.pollingstation.ObservationFormRepository;
import org.observa.domain.pollingstation.ObservationFormVersion;
import org.observa.domain.pollingstation.ObservationFormVersionQuery;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheObservationFormRepository
        implements ObservationFormRepository, FormCatalog, PanacheRepositoryBase<ObservationFormEntity, UUID> {

    private static final String VERSION_ORDER = "formId, number";

    private final PanacheObservationFormVersionRepository versions;

    public PanacheObservationFormRepository(PanacheObservationFormVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public boolean exists(UUID formId) {
        return count("id", formId) > 0;
    }

    @Override
    public Optional<ObservationForm> byId(UUID id) {
        return findByIdOptional(id).map(ObservationFormEntity::toDomain);
    }

    @Override
    public Optional<ObservationForm> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ObservationFormEntity::toDomain);
    }

    @Override
    public boolean codeTaken(String code, UUID exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId) > 0;
    }

    @Override
    public Page<ObservationForm> search(ObservationFormQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("code > :afterCode", Map.of("afterCode", page.afterText(0)));
        }
        List<ObservationFormEntity> rows = find(filters.query("ObservationFormEntity", "code"), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), f -> List.of(f.code)).map(ObservationFormEntity::toDomain);
    }

    @Override
    public void forEach(ObservationFormQuery query, Consumer<ObservationForm> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("ObservationFormEntity", "code"), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(ObservationFormQuery query) {
        Filters filters = new Filters()
                .equal("organizationId", query.organizationId())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
        if (query.phase() != null) {
            // the phases are a short JSON array of enum names: its text names each phase in quotes
            filters.where("cast(phases as String) like :phase", Map.of("phase", "%\"" + query.phase().name() + "\"%"));
        }
        return filters;
    }

    @Override
    public void insert(ObservationForm form) {
        persist(ObservationFormEntity.from(form));
        Flushes.flush(getEntityManager(), () -> new ConflictException(
                "There is already an observation form with id '" + form.id() + "' or code '" + form.code() + "'."));
    }

    @Override
    public void save(ObservationForm form) {
        findById(form.id()).copyChangeableFields(form);
        Flushes.flush(getEntityManager(), () -> new ConflictException(
                "There is already an observation form with code '" + form.code() + "'."));
    }

    @Override
    public void remove(UUID id) {
        // The versions go by the foreign key's cascade: deleted directly, a published one would be refused by the
        // trigger that keeps published versions unchanged (it lets cascades through).
        deleteById(id);
        Flushes.removal(getEntityManager(), "Observation form '" + id + "'");
    }

    @Override
    public Optional<ObservationFormVersion> version(UUID formId, int number) {
        return Optional.ofNullable(getEntityManager().find(ObservationFormVersionEntity.class,
                new ObservationFormVersionEntity.Key(formId, number))).map(ObservationFormVersionEntity::toDomain);
    }

    @Override
    public Optional<ObservationFormVersion> versionForUpdate(UUID formId, int number) {
        return Optional.ofNullable(getEntityManager().find(ObservationFormVersionEntity.class,
                        new ObservationFormVersionEntity.Key(formId, number), LockModeType.PESSIMISTIC_WRITE))
                .map(ObservationFormVersionEntity::toDomain);
    }

    @Override
    public int lastVersionNumber(UUID formId) {
        Integer last = getEntityManager()
                .createQuery("select max(number) from ObservationFormVersionEntity where formId = :form", Integer.class)
                .setParameter("form", formId).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public Optional<ObservationFormVersion> latestPublished(UUID formId) {
        return getEntityManager().createQuery("from ObservationFormVersionEntity where formId = :form"
                        + " and status = :published order by number desc", ObservationFormVersionEntity.class)
                .setParameter("form", formId).setParameter("published", FormVersionStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst().map(ObservationFormVersionEntity::toDomain);
    }

    @Override
    public Page<ObservationFormVersion> searchVersions(ObservationFormVersionQuery query, PageRequest page) {
        Filters filters = versionFilters(query);
        if (!page.isFirst()) {
            filters.where("(formId, number) > (:afterForm, :afterNumber)", Map.of(
                    "afterForm", page.afterUuid(0), "afterNumber", (int) page.afterLong(1)));
        }
        List<ObservationFormVersionEntity> rows = versions.find(filters.query("ObservationFormVersionEntity",
                VERSION_ORDER), filters.parameters()).range(0, page.size()).list();
        return Page.of(rows, page.size(), v -> List.of(v.formId.toString(), v.number.toString()))
                .map(ObservationFormVersionEntity::toDomain);
    }

    @Override
    public void forEachVersion(ObservationFormVersionQuery query, Consumer<ObservationFormVersion> sink) {
        Filters filters = versionFilters(query);
        Streams.forEach(versions.find(filters.query("ObservationFormVersionEntity", VERSION_ORDER), filters.parameters()),
                getEntityManager(), entity -> sink.accept(entity.toDomain()));
    }

    private static Filters versionFilters(ObservationFormVersionQuery query) {
        return new Filters()
                .equal("formId", query.formId())
                .equal("status", query.status())
                .atLeast("updatedAt", query.updatedSince());
    }

    @Override
    public void insertVersion(ObservationFormVersion version) {
        getEntityManager().persist(ObservationFormVersionEntity.from(version));
        Flushes.flush(getEntityManager(), () -> ConflictException.duplicate("observation form version",
                version.formId() + "/versions/" + version.number()));
    }

    @Override
    public void saveVersion(ObservationFormVersion version) {
        getEntityManager().find(ObservationFormVersionEntity.class,
                new ObservationFormVersionEntity.Key(version.formId(), version.number())).copyChangeableFields(version);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Version " + version.number()
                + " of observation form '" + version.formId() + "' was published at the same time; it no longer changes."));
    }

    @Override
    public void removeVersion(UUID formId, int number) {
        getEntityManager().remove(getEntityManager().find(ObservationFormVersionEntity.class,
                new ObservationFormVersionEntity.Key(formId, number)));
        Flushes.removal(getEntityManager(), "Version " + number + " of observation form '" + formId + "'");
    }

    @Override
    public boolean isAnswered(UUID formId) {
        return !getEntityManager().createQuery("select 1 from StationVisitEntity where formId = :form", Integer.class)
                .setParameter("form", formId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isDeclared(UUID formId) {
        return !getEntityManager().createNativeQuery("select 1 from mission_observation_form where form_id = :form limit 1")
                .setParameter("form", formId).getResultList().isEmpty();
    }
}
