package org.observa.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class ElectionServiceTest {

    private final InMemoryDivisions divisions = new InMemoryDivisions();
    private final InMemoryElections elections = new InMemoryElections();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC);
    private final ElectionService service = new ElectionService(elections, divisions, clock);

    static ElectionDraft draft(String countryId, ElectionType type, LocalDate pollingDate) {
        return new ElectionDraft(countryId, type, LocalizedText.english("An election"), pollingDate, "Asia/Phnom_Penh",
                null, null, null, null, null, null, null, null, null, List.of());
    }

    private static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @BeforeEach
    void cambodia() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(new DivisionDraft("KH", DivisionLevel.COUNTRY, null, LocalizedText.english("Cambodia"), null));
        divisionService.create(new DivisionDraft("KH-6", DivisionLevel.PROVINCE, "KH", LocalizedText.english("Kampong Thom"), null));
    }

    @Test
    void theKeyIsDerivedFromCountryTypeAndPollingDate() {
        Election election = service.create(draft("KH", ElectionType.NATIONAL_ASSEMBLY, LocalDate.of(2023, 7, 23)));
        assertThat(election.id()).isEqualTo("kh-na-2023-07-23");
        assertThat(ElectionKeys.of("KH", ElectionType.COMMUNE, LocalDate.of(2022, 6, 5))).isEqualTo("kh-commune-2022-06-05");
    }

    @Test
    void theSameElectionCannotBeCreatedTwice() {
        service.create(draft("KH", ElectionType.NATIONAL_ASSEMBLY, LocalDate.of(2023, 7, 23)));
        assertThatThrownBy(() -> service.create(draft("KH", ElectionType.NATIONAL_ASSEMBLY, LocalDate.of(2023, 7, 23))))
                .isInstanceOf(ConflictException.class).hasMessage("There is already an election 'kh-na-2023-07-23'.");
    }

    @Test
    void theCountryMustBeADivisionOfLevelCountry() {
        assertThatThrownBy(() -> service.create(draft("KH-6", ElectionType.COMMUNE, LocalDate.of(2022, 6, 5))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("countryId", "must be a COUNTRY, but 'KH-6' is a PROVINCE")));
        assertThatThrownBy(() -> service.create(draft("TH", ElectionType.COMMUNE, LocalDate.of(2022, 6, 5))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("countryId", "there is no division 'TH'")));
    }

    @Test
    void datesTimesAndCountsMustBeConsistent() {
        ElectionDraft draft = new ElectionDraft("KH", ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("x"),
                LocalDate.of(2023, 7, 23), "+07:00", LocalTime.of(15, 0), LocalTime.of(7, 0), 25, 125, null, null,
                null, LocalDate.of(2023, 7, 1), null, List.of(new Source(" ", "not a url", null, null)));
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "timeZone", "pollsClose", "constituencies", "resultsStatus", "resultsAnnouncedOn",
                        "sources[0].citation", "sources[0].url"));
    }

    @Test
    void countryAndTypeAreFixedButThePollingDateMayMove() {
        Election election = service.create(draft("KH", ElectionType.SENATE, LocalDate.of(2024, 2, 25)));
        ElectionDraft otherCountry = draft("TH", ElectionType.COMMUNE, LocalDate.of(2024, 2, 25));
        assertThatThrownBy(() -> service.update(election, otherCountry))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder("countryId", "type"));

        Election postponed = service.update(election, draft("KH", ElectionType.SENATE, LocalDate.of(2024, 3, 3)));
        assertThat(postponed.id()).isEqualTo("kh-senate-2024-02-25");
        assertThat(postponed.pollingDate()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(postponed.createdAt()).isEqualTo(election.createdAt());
    }

    @Test
    void utcIsAcceptedAsATimeZone() {
        ElectionDraft draft = new ElectionDraft("KH", ElectionType.REFERENDUM, LocalizedText.english("x"),
                LocalDate.of(2024, 1, 1), "UTC", null, null, null, null, null, null, null, null, null, List.of());
        assertThat(service.create(draft).timeZone()).isEqualTo("UTC");
    }
}
