package org.observa.domain.mission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the organisation store, for testing the domain's rules in isolation. */
public class InMemoryOrganizations implements OrganizationRepository {

    final Map<UUID, Organization> rows = new LinkedHashMap<>();

    @Override
    public Optional<Organization> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Organization> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Page<Organization> search(OrganizationQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(Organization organization) {
        rows.put(organization.id(), organization);
    }

    @Override
    public void save(Organization organization) {
        rows.put(organization.id(), organization);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public void forEach(OrganizationQuery query, java.util.function.Consumer<Organization> sink) {
        rows.values().forEach(sink);
    }
}
