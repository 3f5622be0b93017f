package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.party.ElectionResultsRepository;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.party.PartyRepository;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.pollingstation.PollingStationRepository;
import org.observa.domain.pollingstation.StationVisitRepository;
import org.observa.domain.reference.ElectionRepository;
import org.observa.domain.tabulation.ObservedResultRepository;
import org.observa.domain.tabulation.ObservedResultService;
import org.observa.domain.tabulation.SampleRepository;
import org.observa.domain.tabulation.SampleService;
import org.observa.domain.tabulation.StationResultRepository;
import org.observa.domain.tabulation.StationResultService;

/** Wires the tabulation module's framework-free services to the persistence adapters that implement their ports. */
public class TabulationServices {

    /** One per instance: it keeps the recent sums, each under the data version it was computed from. */
    @Produces
    @Singleton
    StationResultService stationResultService(StationResultRepository results, PollingStationRepository stations,
                                              ParticipationRepository participations, ElectionRepository elections,
                                              ElectionResultsRepository tables, ObservationStatsRepository data,
                                              PartyRepository parties, Clock clock) {
        return new StationResultService(results, stations, participations, elections, tables, data, parties, clock);
    }

    @Produces
    @Singleton
    ObservedResultService observedResultService(ObservedResultRepository observed, StationVisitRepository visits,
                                                PollingStationRepository stations,
                                                ParticipationRepository participations, ElectionRepository elections,
                                                Clock clock) {
        return new ObservedResultService(observed, visits, stations, participations, elections, clock);
    }

    /** One per instance: it keeps the recent estimates, each under the data version it was computed from. */
    @Produces
    @Singleton
    SampleService sampleService(SampleRepository samples, MissionRepository missions, ElectionRepository elections,
                                ParticipationRepository participations, ElectionResultsRepository tables,
                                ObservationStatsRepository data, Clock clock) {
        return new SampleService(samples, missions, elections, participations, tables, data, clock);
    }
}
