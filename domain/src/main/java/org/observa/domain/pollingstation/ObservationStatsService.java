package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

/**
 * Observation statistics for dashboards. The tally is computed by the database in one grouped query and
 * kept per instance under the election's data version, which the database raises with every write to the
 * election's stations and visits: a request costs small reads unless something changed, and instances
 * behind a load balancer never disagree, since none serves a tally of a version that is no longer current.
 * The divisions of the level are read on every request, so one added or removed shows at once.
 */
public class ObservationStatsService {

    private record Key(ObservationStatsQuery query, long version) {
    }

    /** The first level below a country: the default grouping. */
    static final DivisionLevel FIRST_LEVEL = DivisionLevel.PROVINCE;

    private final ElectionRepository elections;
    private final ObservationStatsRepository stats;
    private final RecentResults<Key, ObservationTally> recent = new RecentResults<>(64);

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
        ObservationTally tally = recent.get(new Key(query, version), () -> stats.tally(query));
        List<DivisionObservation> rows = stats.divisionsAt(election.countryId(), query.level()).stream()
                .map(id -> new DivisionObservation(id, tally.byDivision().getOrDefault(id, ObservationCounts.none())))
                .toList();
        return new ObservationStats(electionId, query.level(), missionId, rows, tally.totals());
    }
}
