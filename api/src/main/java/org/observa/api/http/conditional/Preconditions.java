package org.observa.api.http.conditional;

import jakarta.enterprise.context.ApplicationScoped;

/** If-Match on updates and deletes: required (428), and it must name the current version (412). */
@ApplicationScoped
public class Preconditions {

    private final Representations representations;

    public Preconditions(Representations representations) {
        this.representations = representations;
    }

    /**
     * Checks If-Match against the current representation. Callers hold the resource locked from this
     * check to their write, so two clients sending the same ETag cannot both succeed.
     */
    public void requireCurrent(String ifMatch, Object currentDto) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (!EntityTags.matchHits(ifMatch, representations.tagOf(currentDto))) {
            throw new PreconditionFailedException();
        }
    }
}
