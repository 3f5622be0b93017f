package org.observa.persistence.pollingstation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationQuery;
import org.observa.domain.pollingstation.PollingStationRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.AnyOf;
import org.observa.persistence.shared.DivisionFilter;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanachePollingStationRepository implements PollingStationRepository,
        PanacheRepositoryBase<PollingStationEntity, UUID> {

    private static final String ORDER = "electionId, numberSort, id";

    private final StationNumberIndex numbers;

    public PanachePollingStationRepository(StationNumberIndex numbers) {
        this.numbers = numbers;
    }

    @Override
    public Optional<PollingStation> byId(UUID id) {
        return findByIdOptional(id).map(PollingStationEntity::toDomain);
    }

    @Override
    public Optional<PollingStation> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PollingStationEntity::toDomain);
    }

    @Override
    public Optional<PollingStation> byNumber(String electionId, String number) {
        return numbered(electionId, number, LockModeType.NONE);
    }

    /** Locks the stations holding these numbers and keeps them, and which numbers are free, for the transaction. */
    @Override
    public void preloadNumbers(String electionId, Collection<String> numbers) {
        Map<String, PollingStation> taken = new HashMap<>();
        // One array parameter however many numbers: a list parameter would be planned anew for every call.
        AnyOf.rows(getEntityManager(), "select * from polling_station where election_id = :election"
                        + " and number = any(:ids) for update", PollingStationEntity.class, numbers, Map.of("election", electionId))
                .forEach(station -> taken.put(station.number, station.toDomain()));
        this.numbers.learn(electionId, numbers, taken);
    }

    /** From the numbers preloaded in this transaction if it has them (already locked), else by a query. */
    private Optional<PollingStation> numbered(String electionId, String number, LockModeType lock) {
        return numbers.holder(electionId, number).orElseGet(() -> find("electionId = ?1 and number = ?2",
                electionId, number).withLock(lock).firstResultOptional().map(PollingStationEntity::toDomain));
    }

    @Override
    public Map<String, UUID> idsByNumber(String electionId, Collection<String> numbers) {
        Map<String, UUID> ids = new HashMap<>();
        AnyOf.rows(getEntityManager(), "select number, id from polling_station where election_id = :election"
                        + " and number = any(:ids)", Object[].class, numbers, Map.of("election", electionId))
                .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        return ids;
    }

    @Override
    public Optional<PollingStation> byNumberForUpdate(String electionId, String number) {
        return numbered(electionId, number, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Page<PollingStation> search(PollingStationQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where(after(query.electionId()), Map.of("afterElection", page.afterText(0), "afterNumber",
                    page.afterText(1), "afterId", page.afterUuid(2)));
        }
        List<PollingStationEntity> rows = find(filters.query("PollingStationEntity", ORDER), filters.parameters())
                .range(0, page.size()).list();
        return Page.of(rows, page.size(), s -> List.of(s.electionId, s.numberSort, s.id.toString()))
                .map(PollingStationEntity::toDomain);
    }

    /**
     * The keyset position as a row comparison, so that the index seeks to it and a deep page costs what the
     * first does. Within one election the comparison leaves the election out: next to the equality on it,
     * PostgreSQL would otherwise start the scan at the election's first row and filter its way to the position.
     */
    private static String after(String electionId) {
        return electionId != null
                ? "electionId = :afterElection and (numberSort, id) > (:afterNumber, :afterId)"
                : "(electionId, numberSort, id) > (:afterElection, :afterNumber, :afterId)";
    }

    @Override
    public void forEach(PollingStationQuery query, Consumer<PollingStation> sink) {
        Filters filters = filters(query);
        Streams.forEach(find(filters.query("PollingStationEntity", ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(PollingStationQuery query) {
        Filters filters = new Filters()
                .equal("electionId", query.electionId())
                .equal("centreId", query.centreId())
                .equal("number", query.number())
                .atLeast("updatedAt", query.updatedSince());
        DivisionFilter.within(filters, "divisionId", query.divisionId());
        BoundingBoxFilter.within(filters, query.bbox());
        return filters;
    }

    @Override
    public boolean existsInCentre(UUID centreId) {
        return find("centreId", centreId).firstResultOptional().isPresent();
    }

    @Override
    public void moveCentre(UUID centreId, String divisionId, Instant now) {
        numbers.forget();
        // The database has already moved them with the centre (on update cascade); this marks them changed.
        update("divisionId = ?1, updatedAt = ?2 where centreId = ?3", divisionId, now, centreId);
    }

    @Override
    public void insert(PollingStation station) {
        boolean preloaded = numbers.holder(station.electionId(), station.number()).isPresent();
        persist(PollingStationEntity.from(station));
        numbers.numbered(station.electionId(), station.number(), station);
        if (preloaded) {
            // A bulk write: the number was checked against the preload, and a concurrent station with the same
            // number is refused at the bulk's next flush, which retries the whole import. Until then the
            // inserts wait, so that the flush sends them as one batch.
            return;
        }
        // Reached only when a concurrent request stored the same number after the service checked it.
        Flushes.flush(getEntityManager(), () -> new ConflictException("There is already a polling station '"
                + station.id() + "', or one numbered '" + station.number() + "' in election '" + station.electionId() + "'."));
    }

    @Override
    public void save(PollingStation station) {
        PollingStationEntity entity = findById(station.id());
        if (!entity.number.equals(station.number())) {
            numbers.numbered(station.electionId(), entity.number, null);
        }
        numbers.numbered(station.electionId(), station.number(), station);
        entity.copyChangeableFields(station);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Polling station '" + station.id()
                + "' could not be saved: another station numbered '" + station.number() + "' was saved at the same time."));
    }

    @Override
    public void remove(UUID id) {
        findByIdOptional(id).ifPresent(station -> numbers.numbered(station.electionId, station.number, null));
        deleteById(id);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Polling station '" + id
                + "' has been visited by observers; delete its station visits first."));
    }
}
