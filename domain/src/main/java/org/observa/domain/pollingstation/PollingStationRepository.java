package org.observa.domain.pollingstation;

import java.time.Instant;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where polling stations are kept. */
public interface PollingStationRepository {

    Optional<PollingStation> byId(UUID id);

    /** Reads a station and holds it against concurrent changes until the transaction ends. */
    Optional<PollingStation> byIdForUpdate(UUID id);

    /** The station with this official number in this election, compared exactly. */
    Optional<PollingStation> byNumber(String electionId, String number);

    /** The ids of the stations with these official numbers in this election, by number (compared exactly). */
    Map<String, UUID> idsByNumber(String electionId, Collection<String> numbers);

    /**
     * Looks these numbers up now, at once, so that for the rest of the transaction {@link #byNumber} and
     * {@link #byNumberForUpdate} answer for them without a query each: a bulk import of a national list
     * calls it once rather than asking twice per row.
     */
    void preloadNumbers(String electionId, Collection<String> numbers);

    /** The station with this number, locked until the transaction ends. */
    Optional<PollingStation> byNumberForUpdate(String electionId, String number);

    /**
     * Stations matching the query, by election, then by official number in natural order (digit runs
     * compare as numbers: 358 before 1067), then by id.
     */
    Page<PollingStation> search(PollingStationQuery query, PageRequest page);

    /** Every station matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(PollingStationQuery query, Consumer<PollingStation> sink);

    boolean existsInCentre(UUID centreId);

    /** The stations of a centre that moved to another division follow it, changed at {@code now}. */
    void moveCentre(UUID centreId, String divisionId, Instant now);

    void insert(PollingStation station);

    void save(PollingStation station);

    void remove(UUID id);
}
