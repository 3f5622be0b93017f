package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.mission.OrganizationRepository;
import org.observa.domain.pollingstation.IncidentRepository;
import org.observa.domain.pollingstation.IncidentService;
import org.observa.domain.pollingstation.ObservationFormRepository;
import org.observa.domain.pollingstation.ObservationFormService;
import org.observa.domain.pollingstation.ObservationStatsRepository;
import org.observa.domain.pollingstation.ObservationStatsService;
import org.observa.domain.pollingstation.PollingCentreRepository;
import org.observa.domain.pollingstation.PollingCentreService;
import org.observa.domain.pollingstation.PollingStationRepository;
import org.observa.domain.pollingstation.PollingStationService;
import org.observa.domain.pollingstation.StationVisitRepository;
import org.observa.domain.pollingstation.StationVisitService;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;

/**
 * Wires the polling-stations module's framework-free services to the persistence adapters that implement
 * their ports; the adapters are found by CDI at run time, so the api module never compiles against them.
 */
public class PollingStationServices {

    @Produces
    @Singleton
    PollingCentreService pollingCentreService(PollingCentreRepository centres, PollingStationRepository stations,
                                              IncidentRepository incidents, ElectionRepository elections,
                                              DivisionRepository divisions, Clock clock) {
        return new PollingCentreService(centres, stations, incidents, elections, divisions, clock);
    }

    @Produces
    @Singleton
    PollingStationService pollingStationService(PollingStationRepository stations, PollingCentreRepository centres,
                                                StationVisitRepository visits, Clock clock) {
        return new PollingStationService(stations, centres, visits, clock);
    }

    @Produces
    @Singleton
    StationVisitService stationVisitService(StationVisitRepository visits, PollingStationRepository stations,
                                            MissionRepository missions, ElectionRepository elections,
                                            ObservationFormService forms, Clock clock) {
        return new StationVisitService(visits, stations, missions, elections, forms, clock);
    }

    @Produces
    @Singleton
    ObservationFormService observationFormService(ObservationFormRepository forms, OrganizationRepository organizations,
                                                  Clock clock) {
        return new ObservationFormService(forms, organizations, clock);
    }

    @Produces
    @Singleton
    IncidentService incidentService(IncidentRepository incidents, MissionRepository missions,
                                    PollingStationRepository stations, DivisionRepository divisions,
                                    ElectionRepository elections, Clock clock) {
        return new IncidentService(incidents, missions, stations, divisions, elections, clock);
    }

    /** One per instance: it keeps the recent tallies, each under the data version it was computed from. */
    @Produces
    @Singleton
    ObservationStatsService observationStatsService(ElectionRepository elections, ObservationStatsRepository stats,
                                                    ObservationFormService forms) {
        return new ObservationStatsService(elections, stats, forms);
    }
}
