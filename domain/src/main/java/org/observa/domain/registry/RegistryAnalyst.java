package org.observa.domain.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives what a snapshot's representation shows besides its own figures. Those depend on other
 * snapshots — the division's previous one, and for a country the snapshots of its provinces — so the
 * analyst is given every snapshot that may matter and the provinces of each country concerned.
 *
 * <p>The previous snapshot is the division's snapshot with the latest reference date before this one's,
 * from any source: registry figures come from different publications over the years, and a change across
 * sources is still the change a reader wants. When several sources give figures for that date, the one
 * with the same source citation is taken if there is one, otherwise the one recorded first.
 */
final class RegistryAnalyst {

    private static final Comparator<RegistrySnapshot> RECORDED_ORDER = Comparator
            .comparing(RegistrySnapshot::referenceDate)
            .thenComparing(RegistrySnapshot::createdAt)
            .thenComparing(RegistrySnapshot::id);

    private final Map<String, List<RegistrySnapshot>> byDivision = new HashMap<>();
    private final Map<String, List<String>> provincesByCountry;

    /**
     * @param known              every snapshot of the divisions to analyse, and of their countries' provinces
     * @param provincesByCountry the province codes of every country whose snapshots are analysed
     */
    RegistryAnalyst(Collection<RegistrySnapshot> known, Map<String, List<String>> provincesByCountry) {
        known.forEach(s -> byDivision.computeIfAbsent(s.divisionId(), d -> new ArrayList<>()).add(s));
        byDivision.values().forEach(list -> list.sort(RECORDED_ORDER));
        this.provincesByCountry = provincesByCountry;
    }

    SnapshotAnalysis analyse(RegistrySnapshot snapshot) {
        RegistrySnapshot previous = previousOf(snapshot).orElse(null);
        return new SnapshotAnalysis(snapshot, RegistryIndicators.of(snapshot.figures()),
                previous == null ? null : SnapshotChange.between(previous, snapshot),
                AnomalyRules.check(snapshot, previous, provinceSnapshotsOf(snapshot)));
    }

    private Optional<RegistrySnapshot> previousOf(RegistrySnapshot snapshot) {
        List<RegistrySnapshot> earlier = byDivision.getOrDefault(snapshot.divisionId(), List.of()).stream()
                .filter(s -> s.referenceDate().isBefore(snapshot.referenceDate()))
                .toList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        var latestDate = earlier.get(earlier.size() - 1).referenceDate();
        List<RegistrySnapshot> onLatestDate = earlier.stream().filter(s -> s.referenceDate().equals(latestDate)).toList();
        return onLatestDate.stream().filter(s -> sameSource(s, snapshot)).findFirst()
                .or(() -> Optional.of(onLatestDate.get(0)));
    }

    /** Every province's snapshot at the same date and source, or none at all if one is missing. */
    private List<RegistrySnapshot> provinceSnapshotsOf(RegistrySnapshot snapshot) {
        if (!snapshot.isOfCountry()) {
            return List.of();
        }
        List<String> provinces = provincesByCountry.getOrDefault(snapshot.divisionId(), List.of());
        List<RegistrySnapshot> found = new ArrayList<>();
        for (String province : provinces) {
            Optional<RegistrySnapshot> match = byDivision.getOrDefault(province, List.of()).stream()
                    .filter(s -> s.referenceDate().equals(snapshot.referenceDate()) && sameSource(s, snapshot))
                    .findFirst();
            if (match.isEmpty()) {
                return List.of();
            }
            found.add(match.get());
        }
        return found;
    }

    private static boolean sameSource(RegistrySnapshot a, RegistrySnapshot b) {
        return a.source().citation().equals(b.source().citation());
    }
}
