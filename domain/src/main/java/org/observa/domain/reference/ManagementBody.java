package org.observa.domain.reference;

import org.observa.domain.shared.LocalizedText;

/** The body that runs an election, such as Cambodia's National Election Committee (NEC). */
public record ManagementBody(LocalizedText name, String abbreviation) {
}
