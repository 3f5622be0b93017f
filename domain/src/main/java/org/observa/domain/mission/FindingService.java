package org.observa.domain.mission;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/** The rules of findings: they exist only inside their mission, and their evidence never points at nothing. */
public class FindingService {

    static final String RESOURCE = "finding";

    private final FindingRepository findings;
    private final MissionRepository missions;
    private final EvidenceCatalog evidence;
    private final Clock clock;

    public FindingService(FindingRepository findings, MissionRepository missions, EvidenceCatalog evidence,
                          Clock clock) {
        this.findings = findings;
        this.missions = missions;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** A finding of this mission; one of another mission is not found here. */
    public Finding get(UUID missionId, UUID id) {
        requireMission(missionId);
        return findings.byId(id).filter(f -> f.missionId().equals(missionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a finding to change it, holding its mission too, so the mission cannot be deleted meanwhile. */
    public Finding getForUpdate(UUID missionId, UUID id) {
        lockMission(missionId);
        return findings.byIdForUpdate(id).filter(f -> f.missionId().equals(missionId))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Finding> list(FindingQuery query, PageRequest page) {
        requireMission(query.missionId());
        return findings.search(query, page);
    }

    public void export(FindingQuery query, Consumer<Finding> sink) {
        findings.forEach(query, sink);
    }

    public Finding create(UUID missionId, FindingDraft draft) {
        return create(missionId, UUID.randomUUID(), draft);
    }

    /** Creates a finding under an id chosen by the caller, such as the fixed id of a demo record. */
    public Finding create(UUID missionId, UUID id, FindingDraft draft) {
        lockMission(missionId);
        check(draft);
        if (findings.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        Finding finding = Finding.create(id, missionId, draft, Timestamps.now(clock));
        findings.insert(finding);
        return finding;
    }

    /** Replaces the changeable fields; a finding stays in the mission it was recorded in. */
    public Finding update(Finding current, FindingDraft draft) {
        check(draft);
        if (current.draft().equals(draft)) {
            return current;
        }
        Finding updated = current.updatedWith(draft, Timestamps.now(clock));
        findings.save(updated);
        return updated;
    }

    public void delete(Finding finding) {
        findings.remove(finding.id());
    }

    private void requireMission(UUID missionId) {
        if (missions.byId(missionId).isEmpty()) {
            throw new NotFoundException(MissionService.RESOURCE, missionId.toString());
        }
    }

    private void lockMission(UUID missionId) {
        if (missions.byIdForUpdate(missionId).isEmpty()) {
            throw new NotFoundException(MissionService.RESOURCE, missionId.toString());
        }
    }

    private void check(FindingDraft draft) {
        Violations violations = new Violations();
        violations.notNull("kind", draft.kind())
                .notNull("phase", draft.phase())
                .localizedText("text", draft.text());
        List<Evidence> cited = draft.evidence();
        Set<Evidence> seen = new HashSet<>();
        for (int i = 0; i < cited.size(); i++) {
            String field = "evidence[" + i + "]";
            Evidence item = cited.get(i);
            violations.notNull(field + ".kind", item.kind()).notNull(field + ".id", item.id());
            if (item.kind() == null || item.id() == null) {
                continue;
            }
            if (!seen.add(item)) {
                violations.add(field, "appears twice");
            } else if (!evidence.exists(item.kind(), item.id())) {
                violations.add(field + ".id", "there is no " + item.kind() + " '" + item.id() + "'");
            }
        }
        violations.throwIfAny();
    }
}
