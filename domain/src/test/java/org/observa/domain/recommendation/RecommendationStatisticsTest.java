package org.observa.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.domain.recommendation.RecommendationFixture.assessment;
import static org.observa.domain.recommendation.RecommendationFixture.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Mission;

class RecommendationStatisticsTest {

    private final RecommendationFixture world = new RecommendationFixture();
    private final RecommendationService service = world.recommendations();
    private final Mission mission2013 = world.missionWithoutDates("KH", LocalDate.of(2013, 7, 28));
    private final Mission mission2018 = world.missionWithoutDates("KH", LocalDate.of(2018, 7, 29));
    private final Mission mission2023 = world.mission("KH", LocalDate.of(2023, 7, 13));

    private Recommendation addressedTo(Mission mission, int number, List<Addressee> addressees) {
        RecommendationDraft d = draft(mission, number);
        return service.create(new RecommendationDraft(d.missionId(), number, d.title(), d.text(), addressees,
                number == 3 ? ElectoralPhase.POLLING : ElectoralPhase.VOTER_REGISTRATION, null, null, null, null));
    }

    private void theReportsRecommendations() {
        Recommendation proposal = addressedTo(mission2013, 1, List.of(
                new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Japan"),
                new Addressee(AddresseeKind.GOVERNMENT_OF_HOST_COUNTRY, "Government of Cambodia")));
        addressedTo(mission2023, 1, List.of(new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Japan"),
                new Addressee(AddresseeKind.ELECTION_MANAGEMENT_BODY, null)));
        addressedTo(mission2023, 2, List.of(new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Japan"),
                new Addressee(AddresseeKind.GOVERNMENT_OF_HOST_COUNTRY, "Government of Cambodia")));
        addressedTo(mission2023, 3, List.of(new Addressee(AddresseeKind.ELECTION_MANAGEMENT_BODY, null)));
        world.assessments().create(proposal.id(), assessment(LocalDate.of(2023, 7, 23),
                ImplementationStatus.FULLY_IMPLEMENTED, mission2023.id(), null));
    }

    private static StatsGroup group(RecommendationStats stats, String key) {
        return stats.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void byStatusEveryStatusIsAGroupInTheContractsOrder() {
        theReportsRecommendations();
        RecommendationStats stats = service.statistics("KH", StatsGrouping.STATUS);
        assertThat(stats.total()).isEqualTo(4);
        assertThat(stats.groups()).extracting(StatsGroup::key).containsExactly("NOT_ASSESSED", "NOT_IMPLEMENTED",
                "PARTIALLY_IMPLEMENTED", "MOSTLY_IMPLEMENTED", "FULLY_IMPLEMENTED", "NO_LONGER_RELEVANT");
        assertThat(stats.groups()).extracting(StatsGroup::count).containsExactly(3L, 0L, 0L, 0L, 1L, 0L);
        assertThat(group(stats, "NOT_ASSESSED").share()).isEqualTo(new BigDecimal("75.00"));
        assertThat(group(stats, "FULLY_IMPLEMENTED").share()).isEqualTo(new BigDecimal("25.00"));
        assertThat(group(stats, "NOT_IMPLEMENTED").share()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void byAddresseeARecommendationCountsOnceForEachKindItAddresses() {
        theReportsRecommendations();
        addressedTo(mission2018, 1, List.of(new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Japan"),
                new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Australia")));
        RecommendationStats stats = service.statistics("KH", StatsGrouping.ADDRESSEE);
        assertThat(stats.total()).isEqualTo(5);
        assertThat(stats.groups()).hasSize(AddresseeKind.values().length);
        assertThat(group(stats, "DONOR_GOVERNMENTS").count()).isEqualTo(4);
        assertThat(group(stats, "DONOR_GOVERNMENTS").share()).isEqualTo(new BigDecimal("80.00"));
        assertThat(group(stats, "ELECTION_MANAGEMENT_BODY").count()).isEqualTo(2);
        assertThat(group(stats, "GOVERNMENT_OF_HOST_COUNTRY").count()).isEqualTo(2);
        assertThat(group(stats, "MEDIA").count()).isZero();
    }

    @Test
    void byPhaseAndByMission() {
        theReportsRecommendations();
        RecommendationStats byPhase = service.statistics("KH", StatsGrouping.PHASE);
        assertThat(group(byPhase, "VOTER_REGISTRATION").count()).isEqualTo(3);
        assertThat(group(byPhase, "POLLING").count()).isEqualTo(1);
        assertThat(byPhase.groups()).extracting(StatsGroup::key).startsWith("LEGAL_FRAMEWORK", "VOTER_REGISTRATION");

        RecommendationStats byMission = service.statistics("KH", StatsGrouping.MISSION);
        assertThat(byMission.groups()).extracting(StatsGroup::key).containsExactly(
                mission2013.id().toString(), mission2018.id().toString(), mission2023.id().toString());
        assertThat(byMission.groups()).extracting(StatsGroup::count).containsExactly(1L, 0L, 3L);
        assertThat(byMission.groups()).extracting(StatsGroup::share).containsExactly(
                new BigDecimal("25.00"), new BigDecimal("0.00"), new BigDecimal("75.00"));
    }

    @Test
    void aCountryWithoutRecommendationsHasZeroCountsAndNoShares() {
        theReportsRecommendations();
        RecommendationStats stats = service.statistics("TH", StatsGrouping.STATUS);
        assertThat(stats.total()).isZero();
        assertThat(stats.groups()).allSatisfy(g -> {
            assertThat(g.count()).isZero();
            assertThat(g.share()).isNull();
        });
    }

    @Test
    void sharesArePercentagesRoundedHalfUpToTwoDecimals() {
        assertThat(Share.percentOf(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(Share.percentOf(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(Share.percentOf(1, 8)).isEqualTo(new BigDecimal("12.50"));
        assertThat(Share.percentOf(1, 16)).isEqualTo(new BigDecimal("6.25"));
        assertThat(Share.percentOf(1, 32)).isEqualTo(new BigDecimal("3.13"));
        assertThat(Share.percentOf(3, 3)).isEqualTo(new BigDecimal("100.00"));
        assertThat(Share.percentOf(0, 0)).isNull();
    }
}
