package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.tabulation.TabulationFixture.KH_2023;
import static org.observa.domain.tabulation.TabulationFixture.KH_2031;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKeyRole;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class SampleServiceTest {

    private final TabulationFixture world = new TabulationFixture();
    private final SampleService service = world.samples;

    private Sample drawn(String electionId, int size, long seed) {
        UUID mission = (electionId.equals(KH_2023) ? world.mission2023 : world.mission2031).id();
        return service.create(new SampleDraft(mission, SampleMethod.STRATIFIED_RANDOM, seed, size, null));
    }

    private SampleVisibility anonymous() {
        return SampleVisibility.of(Optional.empty(), world.clock.instant());
    }

    @Test
    void aSampleFromTheSameSeedIsTheSameAndItsSizeIsChecked() {
        for (int i = 0; i < 10; i++) {
            world.station(KH_2023, i < 5 ? "KH-6" : "KH-12", 400);
        }
        assertThat(drawn(KH_2023, 4, 9).stations()).isEqualTo(drawn(KH_2023, 4, 9).stations());
        assertThatThrownBy(() -> drawn(KH_2023, 11, 9)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("size"));
        assertThatThrownBy(() -> service.create(new SampleDraft(world.mission2023.id(), SampleMethod.LIST, 3L, null,
                List.of(UUID.randomUUID())))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("seed", "stationIds[0]"));
    }

    @Test
    void aSampleIsSecretUntilItsElectionIsOverAndThenStays() {
        world.station(KH_2031, "KH-6", 400);
        world.station(KH_2023, "KH-6", 400);
        Sample secret = drawn(KH_2031, 1, 1);
        Sample over = drawn(KH_2023, 1, 1);
        assertThatThrownBy(() -> service.get(secret.id(), anonymous())).isInstanceOf(NotFoundException.class);
        Actor organisation = new Actor(ApiKeyRole.EDITOR, world.mission2031.organizationId(), UUID.randomUUID());
        assertThat(service.get(secret.id(), SampleVisibility.of(Optional.of(organisation), world.clock.instant())))
                .isEqualTo(secret);
        assertThat(service.get(over.id(), anonymous())).isEqualTo(over);
        assertThatThrownBy(() -> service.delete(over)).isInstanceOf(ConflictException.class);
        service.delete(secret);
        assertThat(world.sampleRows.rows).doesNotContainKey(secret.id());
    }

    @Test
    void thereIsNoEstimateUntilEveryProvinceOfTheSampleHasTwoReports() {
        for (int i = 0; i < 8; i++) {
            world.station(KH_2023, i < 4 ? "KH-6" : "KH-12", 400);
        }
        Sample sample = drawn(KH_2023, 4, 5);
        List<SampleStation> stations = sample.stations();
        world.sampleRows.reported.put(stations.get(0).stationId(), new StationCount(100, Map.of(world.partyA2023, 70L), 105L, 400L));
        assertThat(service.estimate(sample.id(), anonymous()).estimated()).isFalse();
        stations.forEach(s -> world.sampleRows.reported.put(s.stationId(),
                new StationCount(100, Map.of(world.partyA2023, 70L, world.partyB2023, 30L), 105L, 400L)));
        // as the database does with every observed result
        world.dataVersion++;
        world.table(700, 300, 1000);
        SampleEstimate estimate = service.estimate(sample.id(), anonymous());
        assertThat(estimate.estimated()).isTrue();
        assertThat(estimate.reported()).isEqualTo(4);
        ShareEstimate a = estimate.shares().get(world.partyA2023);
        assertThat(a.estimate()).isEqualTo(0.7);
        assertThat(a.official()).isEqualTo(0.7);
        assertThat(a.officialInside()).isTrue();
        assertThat(estimate.turnout().estimate()).isCloseTo(105.0 / 400, org.assertj.core.data.Offset.offset(1e-12));
    }
}
