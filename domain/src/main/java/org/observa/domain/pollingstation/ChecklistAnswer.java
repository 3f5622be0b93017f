package org.observa.domain.pollingstation;

/** An answer to a checklist question; a question that was not answered has no answer at all. */
public enum ChecklistAnswer {
    YES,
    NO,
    NOT_APPLICABLE
}
