package org.observa.domain.mission;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/** The rules of organisations: a country that is a country, and no removal while missions or engagements name them. */
public class OrganizationService {

    static final String RESOURCE = "organization";

    private final OrganizationRepository organizations;
    private final DivisionRepository divisions;
    private final MissionRepository missions;
    private final EngagementRepository engagements;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, DivisionRepository divisions,
                               MissionRepository missions, EngagementRepository engagements, Clock clock) {
        this.organizations = organizations;
        this.divisions = divisions;
        this.missions = missions;
        this.engagements = engagements;
        this.clock = clock;
    }

    public Organization get(UUID id) {
        return organizations.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads an organisation to change it: nobody else can change it until the transaction ends. */
    public Organization getForUpdate(UUID id) {
        return organizations.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Organization> list(OrganizationQuery query, PageRequest page) {
        return organizations.search(query, page);
    }

    public void export(OrganizationQuery query, Consumer<Organization> sink) {
        organizations.forEach(query, sink);
    }

    public Organization create(OrganizationDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates an organisation under an id chosen by the caller, such as the fixed id of a demo record. */
    public Organization create(UUID id, OrganizationDraft draft) {
        check(draft);
        if (organizations.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Organization organization = Organization.create(id, draft, Timestamps.now(clock));
        organizations.insert(organization);
        return organization;
    }

    public Organization update(Organization current, OrganizationDraft draft) {
        check(draft);
        if (current.draft().equals(draft)) {
            return current;
        }
        Organization updated = current.updatedWith(draft, Timestamps.now(clock));
        organizations.save(updated);
        return updated;
    }

    public void delete(Organization organization) {
        if (missions.existsOfOrganization(organization.id())) {
            throw new ConflictException("Organization '" + organization.id()
                    + "' has sent missions; delete them first.");
        }
        if (engagements.existsWithCounterpart(organization.id())) {
            throw new ConflictException("Organization '" + organization.id()
                    + "' is the counterpart of engagements of missions; change or delete those first.");
        }
        organizations.remove(organization.id());
    }

    private void check(OrganizationDraft draft) {
        Violations violations = new Violations();
        violations.localizedText("name", draft.name())
                .optionalText("abbreviation", draft.abbreviation(), 30)
                .notNull("classification", draft.classification())
                .optionalWebAddress("website", draft.website())
                .identifiers("identifiers", draft.identifiers());
        if (draft.countryId() != null) {
            divisions.byId(draft.countryId()).ifPresentOrElse(
                    division -> violations.require(division.level() == DivisionLevel.COUNTRY, "countryId",
                            "must be a COUNTRY, but '" + division.id() + "' is a " + division.level()),
                    () -> violations.add("countryId", "there is no division '" + draft.countryId() + "'"));
        }
        violations.throwIfAny();
    }
}
