package org.observa.domain.pollingstation;

import org.observa.domain.shared.LocalizedText;

/** A heading that groups questions of a form version, in the order observers go through them. */
public record FormSection(String code, LocalizedText title) {
}
