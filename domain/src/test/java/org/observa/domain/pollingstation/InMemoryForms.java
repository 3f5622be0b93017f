package org.observa.domain.pollingstation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.mission.FormCatalog;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the form store, for testing the domain's rules in isolation. */
class InMemoryForms implements ObservationFormRepository, FormCatalog {

    final Map<UUID, ObservationForm> rows = new LinkedHashMap<>();
    final Map<String, ObservationFormVersion> versions = new LinkedHashMap<>();
    final java.util.Set<UUID> answered = new java.util.HashSet<>();
    final java.util.Set<UUID> declared = new java.util.HashSet<>();

    @Override
    public boolean exists(UUID formId) {
        return rows.containsKey(formId);
    }

    @Override
    public Optional<ObservationForm> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<ObservationForm> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public boolean codeTaken(String code, UUID exceptId) {
        return rows.values().stream().anyMatch(f -> f.code().equals(code) && !f.id().equals(exceptId));
    }

    @Override
    public Page<ObservationForm> search(ObservationFormQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(ObservationFormQuery query, Consumer<ObservationForm> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(ObservationForm form) {
        rows.put(form.id(), form);
    }

    @Override
    public void save(ObservationForm form) {
        rows.put(form.id(), form);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
        versions.values().removeIf(v -> v.formId().equals(id));
    }

    @Override
    public Optional<ObservationFormVersion> version(UUID formId, int number) {
        return Optional.ofNullable(versions.get(formId + "/" + number));
    }

    @Override
    public Optional<ObservationFormVersion> versionForUpdate(UUID formId, int number) {
        return version(formId, number);
    }

    @Override
    public int lastVersionNumber(UUID formId) {
        return ofForm(formId).stream().mapToInt(ObservationFormVersion::number).max().orElse(0);
    }

    @Override
    public Optional<ObservationFormVersion> latestPublished(UUID formId) {
        return ofForm(formId).stream().filter(ObservationFormVersion::isPublished)
                .reduce((first, second) -> second.number() > first.number() ? second : first);
    }

    @Override
    public Page<ObservationFormVersion> searchVersions(ObservationFormVersionQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEachVersion(ObservationFormVersionQuery query, Consumer<ObservationFormVersion> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insertVersion(ObservationFormVersion version) {
        versions.put(version.formId() + "/" + version.number(), version);
    }

    @Override
    public void saveVersion(ObservationFormVersion version) {
        insertVersion(version);
    }

    @Override
    public void removeVersion(UUID formId, int number) {
        versions.remove(formId + "/" + number);
    }

    @Override
    public boolean isAnswered(UUID formId) {
        return answered.contains(formId);
    }

    @Override
    public boolean isDeclared(UUID formId) {
        return declared.contains(formId);
    }

    private List<ObservationFormVersion> ofForm(UUID formId) {
        return new ArrayList<>(versions.values().stream().filter(v -> v.formId().equals(formId)).toList());
    }
}
