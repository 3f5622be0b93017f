package org.observa.domain.pollingstation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Incidents counted in total and per category, severity and status; every value is present, zero included. */
public record IncidentCounts(long incidents, Map<IncidentCategory, Long> byCategory,
                             Map<IncidentSeverity, Long> bySeverity, Map<IncidentStatus, Long> byStatus) {

    static IncidentCounts of(List<IncidentTally> tallies) {
        return new IncidentCounts(tallies.stream().mapToLong(IncidentTally::count).sum(),
                countBy(IncidentCategory.class, tallies, IncidentTally::category),
                countBy(IncidentSeverity.class, tallies, IncidentTally::severity),
                countBy(IncidentStatus.class, tallies, IncidentTally::status));
    }

    private static <E extends Enum<E>> Map<E, Long> countBy(Class<E> type, List<IncidentTally> tallies,
                                                          Function<IncidentTally, E> key) {
        EnumMap<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        tallies.forEach(t -> counts.merge(key.apply(t), t.count(), Long::sum));
        return Collections.unmodifiableMap(counts);
    }
}
