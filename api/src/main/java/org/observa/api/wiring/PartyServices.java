package org.observa.api.wiring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.party.CampaignObservationRepository;
import org.observa.domain.party.CampaignObservationService;
import org.observa.domain.party.ElectionResultsRepository;
import org.observa.domain.party.ElectionResultsService;
import org.observa.domain.party.ParticipationRepository;
import org.observa.domain.party.ParticipationService;
import org.observa.domain.party.PartyRepository;
import org.observa.domain.party.PartyService;
import org.observa.domain.reference.DivisionRepository;
import org.observa.domain.reference.ElectionRepository;

/**
 * Wires the parties module's framework-free services to the persistence adapters that implement their
 * ports; the adapters are found by CDI at run time, so the api module never compiles against them.
 */
public class PartyServices {

    @Produces
    @Singleton
    PartyService partyService(PartyRepository parties, DivisionRepository divisions,
                              ParticipationRepository participations, CampaignObservationRepository observations,
                              Clock clock) {
        return new PartyService(parties, divisions, participations, observations, clock);
    }

    @Produces
    @Singleton
    ParticipationService participationService(ParticipationRepository participations, PartyRepository parties,
                                              ElectionRepository elections, ElectionResultsRepository results,
                                              Clock clock) {
        return new ParticipationService(participations, parties, elections, results, clock);
    }

    @Produces
    @Singleton
    ElectionResultsService electionResultsService(ElectionResultsRepository results, ElectionRepository elections,
                                                  ParticipationRepository participations, PartyRepository parties,
                                                  DivisionRepository divisions, Clock clock) {
        return new ElectionResultsService(results, elections, participations, parties, divisions, clock);
    }

    @Produces
    @Singleton
    CampaignObservationService campaignObservationService(CampaignObservationRepository observations,
                                                          MissionRepository missions, PartyRepository parties,
                                                          DivisionRepository divisions, Clock clock) {
        return new CampaignObservationService(observations, missions, parties, divisions, clock);
    }
}
