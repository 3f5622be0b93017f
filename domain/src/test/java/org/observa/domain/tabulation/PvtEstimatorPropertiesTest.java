package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The statistics of a parallel vote tabulation, on synthetic elections whose true shares are known: the 95 %
 * interval covers the truth in about 95 % of samples, the whole population gives the exact result with no
 * margin, and the strata's weights add up to the stations they stand for.
 */
class PvtEstimatorPropertiesTest {

    private static final UUID PARTY = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-0000000000a2");

    /** A synthetic election: strata of stations whose support for PARTY varies by stratum and station. */
    record Election(Map<String, List<FrameStation>> frame, Map<UUID, StationCount> counts) {

        double trueShare() {
            long party = counts.values().stream().mapToLong(c -> c.votesOf(PARTY)).sum();
            long valid = counts.values().stream().mapToLong(StationCount::validVotes).sum();
            return (double) party / valid;
        }

        List<FrameStation> stations() {
            return frame.values().stream().flatMap(List::stream).toList();
        }

        /** The sample's strata with every drawn station reported. */
        List<StratumReports> reports(List<FrameStation> sample) {
            List<StratumReports> strata = new ArrayList<>();
            frame.forEach((stratum, stations) -> {
                List<StationCount> reported = sample.stream().filter(s -> s.stratum().equals(stratum))
                        .map(s -> counts.get(s.stationId())).toList();
                if (!reported.isEmpty()) {
                    strata.add(new StratumReports(stratum, stations.size(), reported.size(), reported));
                }
            });
            return strata;
        }
    }

    static Election election(long seed, int strata, int stationsPerStratum) {
        Random random = new Random(seed);
        Map<String, List<FrameStation>> frame = new java.util.TreeMap<>();
        Map<UUID, StationCount> counts = new HashMap<>();
        for (int h = 0; h < strata; h++) {
            String stratum = "KH-" + (h + 1);
            double support = 0.3 + 0.4 * random.nextDouble();
            List<FrameStation> stations = new ArrayList<>();
            for (int i = 0; i < stationsPerStratum; i++) {
                UUID id = new UUID(seed, (long) h * 100_000 + i);
                long registered = 300 + random.nextInt(500);
                long valid = (long) (registered * (0.6 + 0.3 * random.nextDouble()));
                double p = Math.min(1, Math.max(0, support + 0.15 * random.nextGaussian()));
                long party = Math.round(valid * p);
                stations.add(new FrameStation(id, stratum, registered));
                counts.put(id, new StationCount(valid, Map.of(PARTY, party, OTHER, valid - party), valid + 5, registered));
            }
            frame.put(stratum, stations);
        }
        return new Election(frame, counts);
    }

    @Property(tries = 5)
    void theIntervalCoversTheTrueShareInAbout95PercentOfSamples(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Election election = election(seed, 6, 150);
        double truth = election.trueShare();
        int samples = 400;
        int covered = 0;
        for (int draw = 0; draw < samples; draw++) {
            List<FrameStation> sample = SampleDraw.draw(election.stations(), 120, seed * 1_000 + draw);
            ShareEstimate estimate = PvtEstimator.shares(election.reports(sample), List.of(PARTY)).get(PARTY);
            if (truth >= estimate.low() && truth <= estimate.high()) {
                covered++;
            }
        }
        // 400 samples: a true 95 % coverage falls outside [0.915, 0.98] with a probability well under 1 %
        assertThat((double) covered / samples).isBetween(0.915, 0.98);
    }

    @Property(tries = 20)
    void theWholePopulationGivesTheExactShareWithNoMargin(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                           @ForAll @IntRange(min = 1, max = 6) int strata) {
        Election election = election(seed, strata, 20);
        List<FrameStation> everything = SampleDraw.draw(election.stations(), election.stations().size(), seed);
        ShareEstimate estimate = PvtEstimator.shares(election.reports(everything), List.of(PARTY)).get(PARTY);
        assertThat(estimate.estimate()).isCloseTo(election.trueShare(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(estimate.margin()).isZero();
    }

    @Property(tries = 50)
    void theStrataWeightsAddUpToTheStationsTheyStandFor(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                        @ForAll @IntRange(min = 1, max = 8) int strata,
                                                        @ForAll @IntRange(min = 10, max = 200) int size) {
        Election election = election(seed, strata, 40);
        List<StratumReports> reports = election.reports(SampleDraw.draw(election.stations(), size, seed));
        double represented = reports.stream().mapToDouble(s -> s.weight() * s.reported().size()).sum();
        long population = reports.stream().mapToLong(StratumReports::stations).sum();
        assertThat(represented).isCloseTo(population, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Property(tries = 50)
    void aSampleDrawnTwiceWithTheSameSeedIsTheSameAndHasItsSize(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                                @ForAll @IntRange(min = 1, max = 240) int size) {
        Election election = election(seed, 4, 60);
        List<FrameStation> shuffledFrame = new ArrayList<>(election.stations());
        java.util.Collections.shuffle(shuffledFrame, new Random(seed));
        List<FrameStation> first = SampleDraw.draw(election.stations(), size, seed);
        assertThat(SampleDraw.draw(shuffledFrame, size, seed)).isEqualTo(first);
        assertThat(first).hasSize(size).doesNotHaveDuplicates();
    }
}
