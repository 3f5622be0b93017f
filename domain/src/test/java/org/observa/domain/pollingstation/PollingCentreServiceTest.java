package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.pollingstation.PollingFixture.KH_2023;
import static org.observa.domain.pollingstation.PollingFixture.TH_2023;
import static org.observa.domain.pollingstation.PollingFixture.centre;
import static org.observa.domain.pollingstation.PollingFixture.fieldsOf;
import static org.observa.domain.pollingstation.PollingFixture.station;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class PollingCentreServiceTest {

    private final PollingFixture world = new PollingFixture();
    private final PollingCentreService service = world.centres;

    private static PollingCentreDraft withDivision(PollingCentreDraft d, String divisionId) {
        return new PollingCentreDraft(d.electionId(), divisionId, d.name(), d.address(), d.location(), d.notes(), d.sources());
    }

    @Test
    void aCentreIsCreatedInItsElectionAndDivision() {
        PollingCentre centre = service.create(centre(KH_2023, "KH-6"));
        assertThat(centre.electionId()).isEqualTo(KH_2023);
        assertThat(centre.divisionId()).isEqualTo("KH-6");
        assertThat(centre.createdAt()).isEqualTo(Instant.parse("2026-11-27T18:00:00.123456Z"));
        assertThat(service.get(centre.id())).isEqualTo(centre);
    }

    @Test
    void theDivisionMayBeOfAnyLevelInsideTheElectionsCountry() {
        assertThat(service.create(centre(KH_2023, "KH-6-03")).divisionId()).isEqualTo("KH-6-03");
        assertThat(service.create(centre(KH_2023, "KH")).divisionId()).isEqualTo("KH");
    }

    @Test
    void aDivisionOfAnotherCountryIsRefused() {
        assertThatThrownBy(() -> service.create(centre(KH_2023, "TH-10")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("divisionId", "is in 'TH', not in the election's country 'KH'")));
        assertThatThrownBy(() -> service.create(centre(TH_2023, "KH-6")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("divisionId"));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        PollingCentreDraft bad = new PollingCentreDraft("xx-na-2023-01-01", "KH-99", new LocalizedText(java.util.Map.of("km", "សាលា")),
                " ", new GeoPoint(91, -181), null, List.of());
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "electionId", "divisionId", "name.en", "address", "location.latitude", "location.longitude"));
    }

    @Test
    void theElectionCannotChange() {
        PollingCentre centre = service.create(centre(KH_2023, "KH-6"));
        PollingCentreDraft moved = new PollingCentreDraft(PollingFixture.KH_2018, "KH-6", centre.name(), null, null, null,
                List.of());
        assertThatThrownBy(() -> service.update(centre, moved))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("electionId"));
    }

    @Test
    void anUnchangedDraftChangesNothing() {
        PollingCentre centre = service.create(centre(KH_2023, "KH-6"));
        assertThat(service.update(centre, centre.draft())).isSameAs(centre);
    }

    @Test
    void aCentreMovedToAnotherDivisionTakesItsStationsAlong() {
        PollingCentre centre = service.create(centre(KH_2023, "KH-6"));
        PollingStation station = world.stations.create(station(centre.id(), "502"));
        PollingStation elsewhere = world.stationIn(KH_2023, "503");

        service.update(centre, withDivision(centre.draft(), "KH-12"));

        assertThat(world.stations.get(station.id()).divisionId()).isEqualTo("KH-12");
        assertThat(world.stations.get(elsewhere.id()).divisionId()).isEqualTo("KH-6");
    }

    @Test
    void aCentreWithStationsIsNotDeleted() {
        PollingCentre centre = service.create(centre(KH_2023, "KH-6"));
        PollingStation station = world.stations.create(station(centre.id(), "607"));
        assertThatThrownBy(() -> service.delete(centre)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("still has polling stations");
        world.stations.delete(station);
        service.delete(centre);
        assertThatThrownBy(() -> service.get(centre.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFixedIdIsUsedOnce() {
        UUID id = UUID.randomUUID();
        assertThat(service.create(id, centre(KH_2023, "KH-6")).id()).isEqualTo(id);
        assertThatThrownBy(() -> service.create(id, centre(KH_2023, "KH-6"))).isInstanceOf(ConflictException.class);
    }
}
