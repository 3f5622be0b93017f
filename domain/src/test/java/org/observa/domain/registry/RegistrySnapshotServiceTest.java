package org.observa.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.registry.Snapshots.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionService;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.InMemoryDivisions;
import org.observa.domain.reference.InMemoryElections;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class RegistrySnapshotServiceTest {

    private static final String NEC = "NEC, via Phnom Penh Post and CamboJA News";

    private final InMemoryDivisions divisions = new InMemoryDivisions();
    private final InMemoryElections elections = new InMemoryElections();
    private final InMemoryRegistrySnapshots snapshots = new InMemoryRegistrySnapshots();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T18:00:00Z"));
    private final RegistrySnapshotService service = new RegistrySnapshotService(snapshots, divisions, elections, clock);

    /** A clock the test moves forward, so that records created one after the other have distinct times. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance() {
            now = now.plusSeconds(1);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static RegistrySnapshotDraft draft(String divisionId, String date, String citation, RegistryFigures figures) {
        return new RegistrySnapshotDraft(divisionId, LocalDate.parse(date), null, figures, Source.cite(citation), null);
    }

    private static RegistryFigures registered(long registered) {
        return figures(null, null, registered, null, null, null);
    }

    private static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private RegistrySnapshot create(RegistrySnapshotDraft draft) {
        clock.advance();
        return service.create(draft);
    }

    @BeforeEach
    void cambodiaWithTwoProvincesAndThailand() {
        DivisionService divisionService = new DivisionService(divisions, elections, clock);
        divisionService.create(new DivisionDraft("KH", DivisionLevel.COUNTRY, null, LocalizedText.english("Cambodia"), null));
        divisionService.create(new DivisionDraft("KH-6", DivisionLevel.PROVINCE, "KH", LocalizedText.english("Kampong Thom"), null));
        divisionService.create(new DivisionDraft("KH-12", DivisionLevel.PROVINCE, "KH", LocalizedText.english("Phnom Penh"), null));
        divisionService.create(new DivisionDraft("TH", DivisionLevel.COUNTRY, null, LocalizedText.english("Thailand"), null));
        ElectionService electionService = new ElectionService(elections, divisions, clock);
        for (String country : List.of("KH", "TH")) {
            electionService.create(new ElectionDraft(country, ElectionType.NATIONAL_ASSEMBLY, LocalizedText.english("x"),
                    LocalDate.of(2023, 7, 23), "Asia/Phnom_Penh", null, null, null, null, null, null, null, null, null,
                    List.of()));
        }
    }

    @Nested
    class Creating {

        @Test
        void aSnapshotIsCreatedWithTheIndicatorsOfItsFigures() {
            RegistrySnapshot created = create(new RegistrySnapshotDraft("KH", LocalDate.of(2023, 7, 23), "kh-na-2023-07-23",
                    figures(null, 10_876_630L, 9_710_655L, 8_214_430L, 7_774_276L, 440_154L), Source.cite(NEC), null));

            assertThat(service.get(created.id())).isEqualTo(created);
            RegistryIndicators indicators = service.analyse(created).indicators();
            assertThat(indicators.registrationRateOfVotingAgePopulation()).isEqualByComparingTo("89.28");
            assertThat(indicators.registrationRateOfPopulation()).isNull();
            assertThat(indicators.turnout()).isEqualByComparingTo("84.59");
            assertThat(indicators.invalidShare()).isEqualByComparingTo("5.36");
        }

        @Test
        void aFixedIdIsKept() {
            UUID id = UUID.fromString("5f0b7d1e-2013-4c6a-9b1e-000000002013");
            assertThat(service.create(id, draft("KH", "2013-07-28", Snapshots.INTERBAND, registered(9_680_000L))).id())
                    .isEqualTo(id);
        }

        @Test
        void everyBrokenRuleIsReportedAtOnce() {
            RegistrySnapshotDraft draft = new RegistrySnapshotDraft("KH-99", null, "kh-na-1993-05-23",
                    figures(-1L, null, null, 100L, 90L, 20L), new Source(" ", "ftp://example.org", null, null), " ");
            assertThatThrownBy(() -> service.create(draft)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                            new FieldError("divisionId", "there is no division 'KH-99'"),
                            new FieldError("referenceDate", "must not be null"),
                            new FieldError("electionId", "there is no election 'kh-na-1993-05-23'"),
                            new FieldError("population", "must not be negative"),
                            new FieldError("ballotsCast", "must be at least validBallots + invalidBallots (110)"),
                            new FieldError("source.citation", "must not be blank"),
                            new FieldError("source.url", "must be an absolute http or https URL of at most 2000 characters"),
                            new FieldError("notes", "must not be blank; leave it out instead")));
        }

        @Test
        void aSourceIsRequired() {
            RegistrySnapshotDraft draft = new RegistrySnapshotDraft("KH", LocalDate.of(2023, 7, 23), null,
                    registered(1L), null, null);
            assertThatThrownBy(() -> service.create(draft)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactly(new FieldError("source", "must not be null")));
        }

        @Test
        void validOrInvalidBallotsAloneCannotExceedTheBallotsCast() {
            assertThatThrownBy(() -> service.create(draft("KH", "2023-07-23", NEC, figures(null, null, null, 100L, 101L, null))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("ballotsCast", "must be at least validBallots (101)")));
        }

        @Test
        void countsAreBoundedAndTheVotingAgePopulationIsPartOfThePopulation() {
            RegistryFigures figures = figures(1_000L, 1_001L, RegistrySnapshotService.MAX_COUNT + 1, null, null, null);
            assertThatThrownBy(() -> service.create(draft("KH", "2023-07-23", NEC, figures)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                            new FieldError("registeredVoters", "must be at most 10000000000"),
                            new FieldError("votingAgePopulation",
                                    "cannot exceed population: the people of voting age are part of it")));
        }

        @Test
        void theElectionMustBeHeldInTheDivisionsCountry() {
            assertThatThrownBy(() -> service.create(new RegistrySnapshotDraft("KH-6", LocalDate.of(2023, 7, 23),
                    "th-na-2023-07-23", registered(1L), Source.cite(NEC), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("electionId", "must be an election in KH, the country of the division,"
                                    + " but 'th-na-2023-07-23' is in TH")));
        }

        @Test
        void aSecondSnapshotOfTheSameDivisionDateAndSourceIsAConflictNamingTheFirst() {
            RegistrySnapshot first = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThatThrownBy(() -> create(draft("KH", "2023-07-23", NEC, registered(9_710_000L))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("There is already a registry snapshot of 'KH' on 2023-07-23 from the same source: '"
                            + first.id() + "'.");
        }

        @Test
        void anotherSourceMayGiveOtherFiguresForTheSameDivisionAndDate() {
            create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThat(create(draft("KH", "2023-07-23", "The Nation (Thailand)", registered(9_710_000L)))).isNotNull();
        }
    }

    @Nested
    class Updating {

        @Test
        void anUpdateReplacesTheFiguresAndKeepsTheId() {
            RegistrySnapshot created = create(draft("KH", "2023-07-23", NEC, registered(9_710_000L)));
            clock.advance();
            RegistrySnapshot updated = service.update(created, draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThat(updated.id()).isEqualTo(created.id());
            assertThat(updated.figures().registeredVoters()).isEqualTo(9_710_655L);
            assertThat(updated.updatedAt()).isAfter(created.updatedAt());
            assertThat(service.get(created.id())).isEqualTo(updated);
        }

        @Test
        void anUpdateThatChangesNothingReturnsTheSnapshotAsItWas() {
            RegistrySnapshot created = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            clock.advance();
            assertThat(service.update(created, created.draft())).isSameAs(created);
        }

        @Test
        void anUpdateCannotTakeTheKeyOfAnotherSnapshot() {
            RegistrySnapshot first = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            RegistrySnapshot second = create(draft("KH", "2022-06-05", NEC, registered(9_205_681L)));
            assertThatThrownBy(() -> service.update(second, draft("KH", "2023-07-23", NEC, registered(9_205_681L))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining(first.id().toString());
        }

        @Test
        void anUpdateIsCheckedLikeACreate() {
            RegistrySnapshot created = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThatThrownBy(() -> service.update(created, draft("KH", "2023-07-23", NEC, registered(-5L))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(fieldsOf(e)).containsExactly("registeredVoters"));
        }

        @Test
        void aDeletedSnapshotIsGone() {
            RegistrySnapshot created = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            service.delete(created);
            assertThatThrownBy(() -> service.get(created.id())).isInstanceOf(NotFoundException.class)
                    .hasMessage("There is no registry snapshot '" + created.id() + "'.");
        }
    }

    @Nested
    class Analysing {

        @Test
        void theChangeIsAgainstTheDivisionsLatestEarlierSnapshotFromAnySource() {
            create(draft("KH", "2013-07-28", Snapshots.INTERBAND, figures(14_680_000L, null, 9_680_000L, null, null, null)));
            RegistrySnapshot y2018 = create(draft("KH", "2018-07-29", Snapshots.INTERBAND,
                    figures(16_030_000L, null, 8_380_000L, null, null, null)));
            create(draft("KH-6", "2020-01-01", NEC, registered(1L)));
            RegistrySnapshot y2023 = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));

            SnapshotChange change = service.analyse(y2023).change();
            assertThat(change.previousSnapshotId()).isEqualTo(y2018.id());
            assertThat(change.previousReferenceDate()).isEqualTo(LocalDate.of(2018, 7, 29));
            assertThat(change.figures()).containsOnlyKeys(RegistryFigure.REGISTERED_VOTERS);
            assertThat(change.of(RegistryFigure.REGISTERED_VOTERS)).isEqualTo(new FigureChange(1_330_655L, new BigDecimal("15.88")));
        }

        @Test
        void cambodiasRegistryShrankFrom2013To2018WhileItsPopulationGrew() {
            create(draft("KH", "2013-07-28", Snapshots.INTERBAND, figures(14_680_000L, null, 9_680_000L, null, null, null)));
            SnapshotAnalysis y2018 = service.analyse(create(draft("KH", "2018-07-29", Snapshots.INTERBAND,
                    figures(16_030_000L, null, 8_380_000L, null, null, null))));
            assertThat(y2018.change().of(RegistryFigure.POPULATION).absolute()).isEqualTo(1_350_000L);
            assertThat(y2018.change().of(RegistryFigure.REGISTERED_VOTERS).absolute()).isEqualTo(-1_300_000L);
            assertThat(y2018.flags()).extracting(AnomalyFlag::code)
                    .containsExactly(AnomalyCode.REGISTRY_SHRINKS_WHILE_POPULATION_GROWS);
        }

        @Test
        void ofSeveralEarlierSnapshotsOnOneDateTheSameSourceIsPreferred() {
            create(draft("KH", "2018-07-29", "Another source", registered(8_000_000L)));
            RegistrySnapshot sameSource = create(draft("KH", "2018-07-29", NEC, registered(8_380_000L)));
            RegistrySnapshot y2023 = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThat(service.analyse(y2023).change().previousSnapshotId()).isEqualTo(sameSource.id());
        }

        @Test
        void withoutASnapshotFromTheSameSourceTheFirstRecordedIsTaken() {
            RegistrySnapshot first = create(draft("KH", "2018-07-29", "Z, recorded first", registered(8_000_000L)));
            create(draft("KH", "2018-07-29", "A, recorded second", registered(8_380_000L)));
            RegistrySnapshot y2023 = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThat(service.analyse(y2023).change().previousSnapshotId()).isEqualTo(first.id());
        }

        @Test
        void theFirstSnapshotOfADivisionHasNoChange() {
            assertThat(service.analyse(create(draft("KH", "2013-07-28", NEC, registered(9_680_000L)))).change()).isNull();
        }

        @Test
        void theCountryIsFlaggedWhenEveryProvinceHasASnapshotAndTheyDoNotAddUp() {
            RegistrySnapshot country = create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            create(draft("KH-6", "2023-07-23", NEC, registered(500_000L)));
            assertThat(service.analyse(country).flags()).as("Phnom Penh has no snapshot yet").isEmpty();

            create(draft("KH-12", "2023-07-23", "Another source", registered(1_000_000L)));
            assertThat(service.analyse(country).flags()).as("Phnom Penh's is from another source").isEmpty();

            create(draft("KH-12", "2023-07-23", NEC, registered(1_000_000L)));
            assertThat(service.analyse(country).flags()).extracting(AnomalyFlag::code)
                    .containsExactly(AnomalyCode.PROVINCES_DO_NOT_SUM_TO_COUNTRY);
        }
    }

    @Nested
    class Views {

        @Test
        void aTrendListsTheDivisionsSnapshotsInDateOrderPageByPage() {
            List<UUID> expected = new ArrayList<>();
            for (String date : List.of("2013-07-28", "2018-07-29", "2022-06-05", "2023-07-23")) {
                expected.add(create(draft("KH", date, NEC, registered(9_000_000L))).id());
            }
            create(draft("KH-6", "2023-07-23", NEC, registered(1L)));

            List<UUID> seen = new ArrayList<>();
            PageRequest request = PageRequest.first(3);
            Page<SnapshotAnalysis> page;
            do {
                page = service.trend("KH", request);
                page.items().forEach(a -> seen.add(a.snapshot().id()));
                request = new PageRequest(3, page.next());
            } while (page.hasNext());
            assertThat(seen).containsExactlyElementsOf(expected);
        }

        @Test
        void theTrendOfAnUnknownDivisionIsNotFound() {
            assertThatThrownBy(() -> service.trend("KH-99", PageRequest.first(10))).isInstanceOf(NotFoundException.class)
                    .hasMessage("There is no division 'KH-99'.");
        }

        @Test
        void anomaliesListFlaggedSnapshotsMostSevereThenMostRecentFirst() {
            create(draft("KH", "2013-07-28", NEC, figures(14_680_000L, null, 9_680_000L, null, null, null)));
            RegistrySnapshot shrinking = create(draft("KH", "2018-07-29", NEC, figures(16_030_000L, null, 8_380_000L, null, null, null)));
            RegistrySnapshot unaccountedLater = create(draft("KH-6", "2023-07-23", NEC, figures(null, null, null, 10L, 5L, 4L)));
            RegistrySnapshot swollen = create(draft("KH-12", "2018-07-29", NEC, figures(null, 100L, 101L, null, null, null)));
            RegistrySnapshot overTurnout = create(draft("KH-12", "2023-07-23", NEC, figures(null, null, 100L, 101L, null, null)));
            create(draft("TH", "2023-07-23", NEC, figures(null, 100L, 101L, null, null, null)));

            List<UUID> seen = new ArrayList<>();
            PageRequest request = PageRequest.first(2);
            Page<SnapshotAnalysis> page;
            do {
                page = service.anomalies("KH", request);
                page.items().forEach(a -> seen.add(a.snapshot().id()));
                request = new PageRequest(2, page.next());
            } while (page.hasNext());
            assertThat(seen).containsExactly(overTurnout.id(), swollen.id(), unaccountedLater.id(), shrinking.id());
        }

        @Test
        void aCountryWithoutAnomaliesHasAnEmptyList() {
            create(draft("KH", "2023-07-23", NEC, registered(9_710_655L)));
            assertThat(service.anomalies("KH", PageRequest.first(10)).items()).isEmpty();
            assertThat(service.anomalies("ZZ", PageRequest.first(10)).items()).isEmpty();
        }
    }
}
