package org.observa.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.Session;

/**
 * The session of a request outside any transaction loads entities read-only. Such a session can never
 * write (writes need a transaction, which brings its own session), so its snapshots for dirty checking were
 * pure cost: for every JSON column of every loaded row a deep copy, the value written out and parsed back —
 * the largest share of Hibernate's work on a page of 50. Transactions' sessions are left as they are.
 */
@ApplicationScoped
public class ReadOnlyOutsideTransactions {

    private final Session session;

    public ReadOnlyOutsideTransactions(Session session) {
        this.session = session;
    }

    // Opening the request's session costs no connection: one is taken only by the first query.
    void readOnly(@Observes @Initialized(RequestScoped.class) Object request) {
        if (!session.isJoinedToTransaction()) {
            session.setDefaultReadOnly(true);
        }
    }
}
