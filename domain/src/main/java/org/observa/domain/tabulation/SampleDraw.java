package org.observa.domain.tabulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws a stratified random sample of stations, reproducibly:
 * <ol>
 *   <li>the strata are the provinces, taken in code order; the sample size is shared among them in proportion to
 *   their registered voters (by station count where no station gives them) by the largest-remainder method, never
 *   more than a stratum's stations (what a full stratum cannot take goes to the others, in the same proportions);</li>
 *   <li>within a stratum the stations are sorted by id and shuffled by Fisher–Yates with {@code java.util.Random}
 *   seeded with {@code seed + k} (k the stratum's index from 0), whose sequence the Java specification fixes; the
 *   first n_h are drawn.</li>
 * </ol>
 * The same frame, size and seed always give the same sample.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    /** The drawn stations, by stratum in code order and in the order drawn. */
    public static List<FrameStation> draw(List<FrameStation> frame, int size, long seed) {
        Map<String, List<FrameStation>> strata = new TreeMap<>();
        frame.forEach(s -> strata.computeIfAbsent(s.stratum(), k -> new ArrayList<>()).add(s));
        Map<String, Integer> sizes = allocate(strata, Math.min(size, frame.size()));
        List<FrameStation> drawn = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<FrameStation>> stratum : strata.entrySet()) {
            List<FrameStation> stations = new ArrayList<>(stratum.getValue());
            stations.sort(Comparator.comparing(FrameStation::stationId));
            Random random = new Random(seed + k++);
            for (int i = stations.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                FrameStation swap = stations.get(i);
                stations.set(i, stations.get(j));
                stations.set(j, swap);
            }
            drawn.addAll(stations.subList(0, sizes.get(stratum.getKey())));
        }
        return drawn;
    }

    /** Each stratum's share of {@code size}, proportional to its registered voters, capped at its stations. */
    static Map<String, Integer> allocate(Map<String, List<FrameStation>> strata, int size) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        strata.keySet().forEach(s -> sizes.put(s, 0));
        boolean byVoters = strata.values().stream().flatMap(List::stream).anyMatch(s -> s.registeredVoters() > 0);
        int left = size;
        while (left > 0) {
            List<String> open = strata.keySet().stream().filter(s -> sizes.get(s) < strata.get(s).size()).toList();
            if (open.isEmpty()) {
                break;
            }
            Map<String, Double> mass = new LinkedHashMap<>();
            open.forEach(s -> mass.put(s, byVoters
                    ? strata.get(s).stream().mapToLong(FrameStation::registeredVoters).sum() : (double) strata.get(s).size()));
            double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
            int share = left;
            Map<String, Double> exact = new LinkedHashMap<>();
            open.forEach(s -> exact.put(s, total == 0 ? (double) share / open.size() : share * mass.get(s) / total));
            for (String stratum : open) {
                int room = strata.get(stratum).size() - sizes.get(stratum);
                int take = Math.min((int) Math.floor(exact.get(stratum)), room);
                sizes.merge(stratum, take, Integer::sum);
                left -= take;
            }
            // what is left goes one by one to the largest remainders, among the strata that still have room
            List<String> byRemainder = open.stream().filter(s -> sizes.get(s) < strata.get(s).size())
                    .sorted(Comparator.comparingDouble((String s) -> exact.get(s) - Math.floor(exact.get(s))).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            for (String stratum : byRemainder) {
                if (left == 0) {
                    break;
                }
                sizes.merge(stratum, 1, Integer::sum);
                left--;
            }
        }
        return sizes;
    }
}
