package org.observa.api.http.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies a merge patch to the writable form of a resource and checks the result exactly as a create
 * body is checked, so a PATCH can never store what a POST would refuse.
 */
@ApplicationScoped
public class Patches {

    private final Bodies bodies;

    public Patches(Bodies bodies) {
        this.bodies = bodies;
    }

    @SuppressWarnings("unchecked")
    public <T> T apply(T current, ObjectNode patch, Class<T> writableForm) {
        return bodies.read(MergePatch.apply(bodies.tree(current), patch), writableForm);
    }

    /** Whether the patch would change anything, told without checking the result (e.g. for a read-only record). */
    public boolean changes(Object current, ObjectNode patch) {
        return !MergePatch.apply(bodies.tree(current), patch).equals(bodies.tree(current));
    }
}
