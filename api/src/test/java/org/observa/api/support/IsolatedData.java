package org.observa.api.support;

/**
 * The profile of tests whose writes must stay out of every other test's sight (hostile values the robustness
 * test got accepted, imports racing each other): a database of their own, with the demo data.
 */
public class IsolatedData extends OwnDatabase {

    public IsolatedData() {
        super("isolated");
    }
}
