package org.observa.domain.pollingstation;

import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

/**
 * Observation statistics for dashboards. The aggregate is computed by the database in one grouped query and
 * kept per instance under the election's data version, which the database changes with every write that
 * counts: each request costs one small read unless something changed, and every instance behind a load
 * balancer agrees, since none can serve a result of a version that is no longer current.
 */
public class ObservationStatsService {

    private record Key(ObservationStatsQuery query, long version) {
    }

    /** The first level below a country: the default grouping. */
    static final DivisionLevel FIRST_LEVEL = DivisionLevel.PROVINCE;

    private final ElectionRepository elections;
    private final ObservationStatsRepository stats;
    private final RecentResults<Key, ObservationStats> recent = new RecentResults<>(64);

    public ObservationStatsService(ElectionRepository elections, ObservationStatsRepository stats) {
        this.elections = elections;
        this.stats = stats;
    }

    public ObservationStats byDivision(String electionId, DivisionLevel level, UUID missionId) {
        Election election = elections.byId(electionId)
                .orElseThrow(() -> new NotFoundException("election", electionId));
        if (level == DivisionLevel.COUNTRY) {
            throw ValidationException.of("level", "must be PROVINCE, DISTRICT or COMMUNE; the country is in the totals");
        }
        ObservationStatsQuery query = new ObservationStatsQuery(electionId, level == null ? FIRST_LEVEL : level, missionId);
        long version = stats.version(electionId);
        return recent.get(new Key(query, version), () -> stats.aggregate(election.countryId(), query));
    }
}
