package org.observa.api.party;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import java.util.List;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.CampaignObservationCreateDto;
import org.observa.api.generated.model.ElectionResultsUploadDto;
import org.observa.api.generated.model.ParticipationCreateDto;
import org.observa.api.generated.model.PartyCreateDto;
import org.observa.domain.party.CampaignObservationService;
import org.observa.domain.party.ElectionResultsService;
import org.observa.domain.party.ParticipationService;
import org.observa.domain.party.PartyService;

/**
 * The parties of Cambodia's 2023 National Assembly election whose results the public sources give, the
 * Candlelight Party kept off the ballot, the official national results, and the Interband mission's
 * observation of the ruling party's campaign and soup kitchen. Every record keeps the fixed id of the
 * demo file, so its URL is the same everywhere.
 */
@ApplicationScoped
public class PartyDemoData implements DemoDataPart {

    /** An election's participations and, when the sources give them, its results table. */
    record ElectionRecords(String electionId, List<ObjectNode> participations, @Valid ElectionResultsUploadDto results) {
    }

    record Content(List<ObjectNode> parties, List<ElectionRecords> elections, List<ObjectNode> campaignObservations) {
    }

    private final DemoFiles files;
    private final PartyService parties;
    private final ParticipationService participations;
    private final ElectionResultsService results;
    private final CampaignObservationService observations;

    public PartyDemoData(DemoFiles files, PartyService parties, ParticipationService participations,
                         ElectionResultsService results, CampaignObservationService observations) {
        this.files = files;
        this.parties = parties;
        this.participations = participations;
        this.results = results;
        this.observations = observations;
    }

    @Override
    public String name() {
        return "parties";
    }

    /** After the missions, whose 2023 mission observed a party's campaign. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Content content = files.read("demo/parties.json", Content.class);
        for (ObjectNode record : content.parties()) {
            var party = files.identified(record, PartyCreateDto.class);
            parties.create(party.id(), PartyDtoMapper.toDraft(party.body()));
        }
        for (ElectionRecords election : content.elections()) {
            for (ObjectNode record : election.participations()) {
                var participation = files.identified(record, ParticipationCreateDto.class);
                participations.create(election.electionId(), participation.id(),
                        ParticipationDtoMapper.toDraft(participation.body()));
            }
            if (election.results() != null) {
                results.create(election.electionId(), ElectionResultsDtoMapper.toDraft(election.results()));
            }
        }
        for (ObjectNode record : content.campaignObservations()) {
            var observation = files.identified(record, CampaignObservationCreateDto.class);
            observations.create(observation.id(), CampaignObservationDtoMapper.toDraft(observation.body()));
        }
    }
}
