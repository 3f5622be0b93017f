package org.observa.domain.mission;

import java.util.List;
import org.observa.domain.shared.LocalizedText;

/** What a client states about a finding, before the rules are checked. */
public record FindingDraft(FindingKind kind, ElectoralPhase phase, LocalizedText text, List<Evidence> evidence) {

    public FindingDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
