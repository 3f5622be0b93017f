package org.observa.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.mission.MissionFixture.finding;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class FindingServiceTest {

    private final MissionFixture world = new MissionFixture();
    private final FindingService service = world.findings;
    private final Mission mission = world.missions.create(world.mission());

    @Test
    void aFindingCitesEvidenceThatExists() {
        Evidence snapshot = new Evidence(EvidenceKind.REGISTRY_SNAPSHOT, UUID.randomUUID());
        world.evidence.records.add(snapshot);
        Finding finding = service.create(mission.id(), finding(List.of(snapshot)));
        assertThat(service.get(mission.id(), finding.id()).evidence()).containsExactly(snapshot);
    }

    @Test
    void evidenceThatDoesNotExistOrIsCitedTwiceIsRefused() {
        UUID visit = UUID.randomUUID();
        Evidence known = new Evidence(EvidenceKind.REGISTRY_SNAPSHOT, UUID.randomUUID());
        world.evidence.records.add(known);
        // The id of a known registry snapshot does not make it a station visit.
        FindingDraft draft = finding(List.of(known, new Evidence(EvidenceKind.STATION_VISIT, visit), known,
                new Evidence(EvidenceKind.STATION_VISIT, known.id()), new Evidence(null, null)));
        assertThatThrownBy(() -> service.create(mission.id(), draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("evidence[1].id", "there is no STATION_VISIT '" + visit + "'"),
                        new FieldError("evidence[2]", "appears twice"),
                        new FieldError("evidence[3].id", "there is no STATION_VISIT '" + known.id() + "'"),
                        new FieldError("evidence[4].kind", "must not be null"),
                        new FieldError("evidence[4].id", "must not be null")));
    }

    @Test
    void kindPhaseAndTextAreRequired() {
        assertThatThrownBy(() -> service.create(mission.id(), new FindingDraft(null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(MissionFixture.fieldsOf(e))
                        .containsExactly("kind", "phase", "text"));
    }

    @Test
    void aFindingOfAnotherMissionIsNotFoundHere() {
        Mission other = world.missions.create(world.mission());
        Finding finding = service.create(other.id(), finding(List.of()));
        assertThatThrownBy(() -> service.get(mission.id(), finding.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no finding '" + finding.id() + "'.");
        assertThatThrownBy(() -> service.getForUpdate(mission.id(), finding.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheRecordAsItWas() {
        Finding finding = service.create(mission.id(), finding(List.of()));
        assertThat(service.update(finding, finding.draft())).isSameAs(finding);
    }

    @Test
    void aDeletedFindingIsGone() {
        Finding finding = service.create(mission.id(), finding(List.of()));
        service.delete(finding);
        assertThatThrownBy(() -> service.get(mission.id(), finding.id())).isInstanceOf(NotFoundException.class);
    }
}
