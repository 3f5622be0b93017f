package org.observa.persistence.pollingstation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.observa.domain.pollingstation.PollingStation;

/**
 * Which station holds which official number, for the numbers a bulk import has looked up in advance, kept for
 * the rest of its transaction and kept true by the writes in it. The stations found were locked when they were
 * looked up, so no other transaction changes them meanwhile. A number not looked up in advance is not known
 * here, and the repository queries for it as usual. A station another transaction numbers the same meanwhile
 * is caught by the unique index when the write is flushed, as without the index.
 */
@ApplicationScoped
class StationNumberIndex {

    private static final Object KEY = StationNumberIndex.class;

    private final TransactionSynchronizationRegistry transactions;

    StationNumberIndex(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Records which of {@code numbers} are taken ({@code taken}: by number) and that the others are free. */
    void learn(String electionId, Collection<String> numbers, Map<String, PollingStation> taken) {
        Map<String, Map<String, Optional<PollingStation>>> known = known(true);
        if (known == null) {
            return;
        }
        Map<String, Optional<PollingStation>> election = known.computeIfAbsent(electionId, e -> new HashMap<>());
        numbers.forEach(number -> election.put(number, Optional.ofNullable(taken.get(number))));
    }

    /** The station holding the number (or none), if this transaction knows; empty if it must ask the database. */
    Optional<Optional<PollingStation>> holder(String electionId, String number) {
        Map<String, Map<String, Optional<PollingStation>>> known = known(false);
        Map<String, Optional<PollingStation>> election = known == null ? null : known.get(electionId);
        return election == null ? Optional.empty() : Optional.ofNullable(election.get(number));
    }

    /** A write in this transaction gave the number to a station, or ({@code station} null) freed it. */
    void numbered(String electionId, String number, PollingStation station) {
        Map<String, Map<String, Optional<PollingStation>>> known = known(false);
        Map<String, Optional<PollingStation>> election = known == null ? null : known.get(electionId);
        if (election != null) {
            election.put(number, Optional.ofNullable(station));
        }
    }

    /** A write changed stations in a way not tracked here (a centre moved with its stations): ask the database again. */
    void forget() {
        Map<String, Map<String, Optional<PollingStation>>> known = known(false);
        if (known != null) {
            known.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Optional<PollingStation>>> known(boolean create) {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Object known = transactions.getResource(KEY);
        if (known == null && create) {
            known = new HashMap<String, Map<String, Optional<PollingStation>>>();
            transactions.putResource(KEY, known);
        }
        return (Map<String, Map<String, Optional<PollingStation>>>) known;
    }
}
