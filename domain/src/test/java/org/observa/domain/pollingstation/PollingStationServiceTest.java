package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.pollingstation.PollingFixture.KH_2018;
import static org.observa.domain.pollingstation.PollingFixture.KH_2023;
import static org.observa.domain.pollingstation.PollingFixture.centre;
import static org.observa.domain.pollingstation.PollingFixture.fieldsOf;
import static org.observa.domain.pollingstation.PollingFixture.station;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;

class PollingStationServiceTest {

    private final PollingFixture world = new PollingFixture();
    private final PollingStationService service = world.stations;
    private final PollingCentre centre = world.centres.create(centre(KH_2023, "KH-6-03"));

    @Test
    void aStationTakesItsElectionAndDivisionFromItsCentre() {
        PollingStation station = service.create(station(centre.id(), "1069"));
        assertThat(station.electionId()).isEqualTo(KH_2023);
        assertThat(station.divisionId()).isEqualTo("KH-6-03");
        assertThat(station.centreId()).isEqualTo(centre.id());
    }

    @Test
    void aDuplicateNumberInTheElectionIsAConflictNamingTheExistingStation() {
        PollingStation first = service.create(station(centre.id(), "409"));
        PollingCentre another = world.centres.create(centre(KH_2023, "KH-12"));
        assertThatThrownBy(() -> service.create(station(another.id(), "409")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("There is already a polling station numbered '409' in election 'kh-na-2023-07-23': station '"
                        + first.id() + "' at /v1/polling-stations/" + first.id() + ".");
    }

    @Test
    void theSameNumberInAnotherElectionIsAnotherStation() {
        service.create(station(centre.id(), "409"));
        PollingCentre centre2018 = world.centres.create(centre(KH_2018, "KH-6"));
        assertThat(service.create(station(centre2018.id(), "409")).electionId()).isEqualTo(KH_2018);
    }

    @Test
    void numbersAreComparedExactly() {
        service.create(station(centre.id(), "409"));
        service.create(station(centre.id(), "0409"));
        service.create(station(centre.id(), "12a"));
        assertThat(service.create(station(centre.id(), "12A")).number()).isEqualTo("12A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 12", "-12", "12 A", "123456789012345678901", "12#"})
    void aNumberOfAnotherShapeIsRefused(String number) {
        assertThatThrownBy(() -> service.create(station(centre.id(), number)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1069", "12A", "03/117", "KT-0042.1"})
    void numbersNeedNotBeDigits(String number) {
        assertThat(service.create(station(centre.id(), number)).number()).isEqualTo(number);
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        PollingStationDraft bad = new PollingStationDraft(UUID.randomUUID(), null, -1, new GeoPoint(12.7, 200), "", List.of());
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "centreId", "number", "registeredVoters", "location.longitude", "notes"));
    }

    @Test
    void aStationMayMoveToAnotherCentreOfItsElectionOnly() {
        PollingStation station = service.create(station(centre.id(), "452"));
        PollingCentre phnomPenh = world.centres.create(centre(KH_2023, "KH-12"));
        PollingStation moved = service.update(station, station(phnomPenh.id(), "452"));
        assertThat(moved.divisionId()).isEqualTo("KH-12");

        PollingCentre centre2018 = world.centres.create(centre(KH_2018, "KH-6"));
        assertThatThrownBy(() -> service.update(moved, station(centre2018.id(), "452")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("centreId", "is a centre of election 'kh-na-2018-07-29', but this station belongs to"
                                + " 'kh-na-2023-07-23'; a station stays in its election")));
    }

    @Test
    void renumberingOntoAnotherStationsNumberIsAConflict() {
        service.create(station(centre.id(), "453"));
        PollingStation other = service.create(station(centre.id(), "454"));
        assertThatThrownBy(() -> service.update(other, station(centre.id(), "453"))).isInstanceOf(ConflictException.class);
        assertThat(service.update(other, new PollingStationDraft(centre.id(), "454", 612, null, null, List.of()))
                .registeredVoters()).isEqualTo(612);
    }

    @Test
    void aVisitedStationIsNotDeleted() {
        PollingStation station = service.create(station(centre.id(), "1115"));
        world.visits.create(PollingFixture.visit(world.mission2023.id(), station.id(), LocalDate.of(2023, 7, 23)));
        assertThatThrownBy(() -> service.delete(station)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("delete its station visits first");
    }
}
