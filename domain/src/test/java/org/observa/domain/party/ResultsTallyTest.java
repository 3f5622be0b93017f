package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.reference.ResultsStatus;

class ResultsTallyTest {

    private static final UUID CPP = UUID.randomUUID();
    private static final UUID FUNCINPEC = UUID.randomUUID();
    private static final UUID KNUP = UUID.randomUUID();

    private static ResultRow row(UUID participation, String divisionId, long votes, Integer seats) {
        return new ResultRow(participation, participation, divisionId, votes, seats);
    }

    private static ElectionResults table(List<ResultRow> rows, List<ResultTotal> totals) {
        Instant now = Instant.parse("2026-11-27T18:00:00Z");
        return new ElectionResults("kh-na-2023-07-23", ResultsStatus.OFFICIAL, null, List.of(), null, rows, totals, now, now);
    }

    @Test
    void sharesAreOfTheGivenValidVotesWhenOnlySomePartiesAreListed() {
        ElectionResults cambodia2023 = table(List.of(row(FUNCINPEC, null, 716_490, 5), row(CPP, null, 6_398_311, 120),
                        row(KNUP, null, 134_285, 0)),
                List.of(new ResultTotal(null, 7_774_276L, 440_154L, 9_710_655L)));
        AreaResults national = ResultsTally.national(cambodia2023);
        assertThat(national.validVotes()).isEqualTo(7_774_276);
        assertThat(national.shareBasis()).isEqualTo(ShareBasis.GIVEN_TOTAL);
        assertThat(national.invalidVotes()).isEqualTo(440_154);
        assertThat(national.registeredVoters()).isEqualTo(9_710_655);
        assertThat(national.seats()).isEqualTo(125);
        assertThat(national.parties()).containsExactly(
                new PartyTally(CPP, CPP, 6_398_311, new BigDecimal("82.3"), 120),
                new PartyTally(FUNCINPEC, FUNCINPEC, 716_490, new BigDecimal("9.2"), 5),
                new PartyTally(KNUP, KNUP, 134_285, new BigDecimal("1.7"), 0));
    }

    @Test
    void withoutAGivenTotalSharesAreOfTheListedVotes() {
        AreaResults national = ResultsTally.national(table(List.of(row(CPP, null, 300, null), row(KNUP, null, 100, null)),
                List.of()));
        assertThat(national.validVotes()).isEqualTo(400);
        assertThat(national.shareBasis()).isEqualTo(ShareBasis.SUM_OF_ROWS);
        assertThat(national.seats()).isNull();
        assertThat(national.parties()).extracting(PartyTally::voteShare)
                .containsExactly(new BigDecimal("75.0"), new BigDecimal("25.0"));
    }

    @Test
    void aPartyWithoutANationalRowHasItsDivisionRowsAddedUp() {
        AreaResults national = ResultsTally.national(table(List.of(row(CPP, "KH-6", 300, 4), row(CPP, "KH-12", 200, 2),
                row(KNUP, "KH-6", 50, null), row(KNUP, null, 70, 1)), List.of()));
        assertThat(national.parties()).containsExactly(
                new PartyTally(CPP, CPP, 500, new BigDecimal("87.7"), 6),
                new PartyTally(KNUP, KNUP, 70, new BigDecimal("12.3"), 1));
    }

    @Test
    void eachDivisionWithRowsOrATotalIsAnAreaOfItsOwnInCodeOrder() {
        List<AreaResults> areas = ResultsTally.byDivision(table(
                List.of(row(CPP, "KH-6", 300, 4), row(KNUP, "KH-6", 100, 1), row(CPP, "KH-12", 200, 2),
                        row(CPP, null, 999, 9)),
                List.of(new ResultTotal("KH-6", 500L, 20L, null), new ResultTotal("KH-7", 10L, null, null))));
        assertThat(areas).extracting(AreaResults::divisionId).containsExactly("KH-12", "KH-6", "KH-7");
        AreaResults kampongThom = areas.get(1);
        assertThat(kampongThom.validVotes()).isEqualTo(500);
        assertThat(kampongThom.shareBasis()).isEqualTo(ShareBasis.GIVEN_TOTAL);
        assertThat(kampongThom.invalidVotes()).isEqualTo(20);
        assertThat(kampongThom.seats()).isEqualTo(5);
        assertThat(kampongThom.parties()).extracting(PartyTally::voteShare)
                .containsExactly(new BigDecimal("60.0"), new BigDecimal("20.0"));
        assertThat(areas.get(0).shareBasis()).isEqualTo(ShareBasis.SUM_OF_ROWS);
        assertThat(areas.get(0).parties()).extracting(PartyTally::voteShare).containsExactly(new BigDecimal("100.0"));
        assertThat(areas.get(2).parties()).isEmpty();
    }

    @Test
    void partiesWithEqualVotesAreOrderedByTheirSeats() {
        AreaResults national = ResultsTally.national(table(List.of(row(KNUP, null, 100, null), row(CPP, null, 100, 2)),
                List.of()));
        assertThat(national.parties()).extracting(PartyTally::participationId).containsExactly(CPP, KNUP);
    }
}
