package org.observa.domain.pollingstation;

import java.util.List;
import java.util.UUID;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.RecentResults;
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

    private record FormKey(FormStatsQuery query, long version) {
    }

    /** The first level below a country: the default grouping. */
    static final DivisionLevel FIRST_LEVEL = DivisionLevel.PROVINCE;

    private final ElectionRepository elections;
    private final ObservationStatsRepository stats;
    private final ObservationFormService forms;
    private final RecentResults<Key, ObservationTally> recent = new RecentResults<>(64);
    private final RecentResults<FormKey, FormTally> recentForms = new RecentResults<>(64);

    public ObservationStatsService(ElectionRepository elections, ObservationStatsRepository stats,
                                   ObservationFormService forms) {
        this.elections = elections;
        this.stats = stats;
        this.forms = forms;
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

    /**
     * How the election's visits answered one version of a form (its newest published version unless given), per
     * division of the level and in total, cached like the observation tally. Every row has every question with
     * every possible answer, zeros included.
     */
    public FormStats byForm(String electionId, java.util.UUID formId, Integer number, DivisionLevel level, UUID missionId) {
        Election election = elections.byId(electionId)
                .orElseThrow(() -> new NotFoundException("election", electionId));
        if (level == DivisionLevel.COUNTRY) {
            throw ValidationException.of("level", "must be PROVINCE, DISTRICT or COMMUNE; the country is in the totals");
        }
        ObservationFormVersion form = number == null
                ? forms.latestPublished(formId)
                : forms.version(formId, number);
        FormStatsQuery query = new FormStatsQuery(electionId, form, level == null ? FIRST_LEVEL : level, missionId);
        long version = stats.version(electionId);
        FormTally tally = recentForms.get(new FormKey(query, version), () -> stats.formTally(query));
        List<DivisionFormCounts> rows = stats.divisionsAt(election.countryId(), query.level()).stream()
                .map(id -> new DivisionFormCounts(id, tally.byDivision().getOrDefault(id, FormCounts.NONE).completedFor(form)))
                .toList();
        return new FormStats(electionId, form.formId(), form.number(), query.level(), missionId, rows,
                tally.totals().completedFor(form));
    }
}
