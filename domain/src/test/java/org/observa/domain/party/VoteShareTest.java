package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VoteShareTest {

    private static final long VALID_2023 = 7_774_276;

    @Test
    void sharesOfCambodias2023ValidVotesMatchThePublishedFigures() {
        assertThat(VoteShare.of(6_398_311, VALID_2023)).isEqualByComparingTo("82.3");
        assertThat(VoteShare.of(716_490, VALID_2023)).isEqualByComparingTo("9.2");
        assertThat(VoteShare.of(134_285, VALID_2023)).isEqualByComparingTo("1.7");
        assertThat(VoteShare.of(12_786, VALID_2023)).isEqualByComparingTo("0.2");
    }

    @Test
    void aShareHasOneDecimalRoundedHalfUp() {
        assertThat(VoteShare.of(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(VoteShare.of(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(VoteShare.of(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(VoteShare.of(0, 3)).isEqualTo(new BigDecimal("0.0"));
        assertThat(VoteShare.of(3, 3)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void withoutValidVotesThereIsNoShare() {
        assertThat(VoteShare.of(0, 0)).isNull();
    }

    @Property
    void aShareIsTheExactPercentageWithinHalfATenth(@ForAll @LongRange(min = 1, max = 100_000_000) long validVotes,
                                                     @ForAll @LongRange(min = 0, max = 100_000_000) long votes) {
        long counted = Math.min(votes, validVotes);
        BigDecimal exact = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(validVotes), MathContext.DECIMAL128);
        BigDecimal share = VoteShare.of(counted, validVotes);
        assertThat(share.scale()).isEqualTo(1);
        assertThat(share.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
}
