package org.observa.domain.pollingstation;

import java.util.Map;

/** The answers to a form version by division of one level (only divisions with answers) and in total. */
public record FormTally(Map<String, FormCounts> byDivision, FormCounts totals) {

    public FormTally {
        byDivision = Map.copyOf(byDivision);
    }
}
