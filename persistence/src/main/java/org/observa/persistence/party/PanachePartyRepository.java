package org.observa.persistence.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.party.Party;
import org.observa.domain.party.PartyQuery;
import org.observa.domain.party.PartyRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanachePartyRepository implements PartyRepository, PanacheRepositoryBase<PartyEntity, UUID> {

    private static final String ORDER = "sortName, id";

    @Override
    public Optional<Party> byId(UUID id) {
        return findByIdOptional(id).map(PartyEntity::toDomain);
    }

    @Override
    public Optional<Party> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PartyEntity::toDomain);
    }

    @Override
    public Optional<Party> byAbbreviation(String countryId, String abbreviation) {
        return find("countryId = ?1 and lower(abbreviation) = ?2", countryId, abbreviation.toLowerCase(Locale.ROOT))
                .firstResultOptional().map(PartyEntity::toDomain);
    }

    @Override
    public Page<Party> search(PartyQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("sortName > :afterName or (sortName = :afterName and id > :afterId)", Map.of(
                    "afterName", page.afterText(0), "afterId", page.afterUuid(1)));
        }
        List<PartyEntity> rows = find(filters.query("PartyEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), p -> List.of(p.sortName, p.id.toString())).map(PartyEntity::toDomain);
    }

    @Override
    public void forEach(PartyQuery query, Consumer<Party> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("PartyEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(PartyQuery query) {
        Filters filters = new Filters()
                .equal("countryId", query.countryId())
                .contains("searchText", query.q())
                .atLeast("updatedAt", query.updatedSince());
        LocalDate day = query.activeOn();
        if (day != null) {
            // Founded by then (or of unknown founding), and not dissolved before.
            filters.where("(foundedOn is null or foundedOn <= :activeOn) and (dissolvedOn is null or dissolvedOn >= :activeOn)",
                    Map.of("activeOn", day));
        }
        return filters;
    }

    @Override
    public boolean isPredecessorOfAny(UUID id) {
        return count("predecessorId", id) > 0;
    }

    @Override
    public void insert(Party party) {
        persist(PartyEntity.from(party));
        Flushes.flush(getEntityManager(), () -> new ConflictException("Party '" + party.id()
                + "' could not be created: its id, or its abbreviation in its country, was taken meanwhile."));
    }

    @Override
    public void save(Party party) {
        findById(party.id()).copyChangeableFields(party);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Party '" + party.id()
                + "' could not be saved: its abbreviation was taken by another party of its country meanwhile."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Party '" + id + "'");
    }
}
