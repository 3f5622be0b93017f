package org.observa.domain.pollingstation;

/** A form version is written as a draft and then published; a published version never changes again. */
public enum FormVersionStatus {
    DRAFT,
    PUBLISHED
}
