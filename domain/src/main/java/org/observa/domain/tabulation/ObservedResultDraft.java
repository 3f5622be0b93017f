package org.observa.domain.tabulation;

import java.util.UUID;

/** What a client states about an observed result, before the rules are checked. */
public record ObservedResultDraft(UUID visitId, ResultFigures figures, Boolean postedPublicly, String evidence,
                                  String notes) {
}
