package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.PollingCentreCreateDto;
import org.observa.api.generated.model.PollingStationCreateDto;
import org.observa.api.generated.model.StationVisitCreateDto;
import org.observa.domain.pollingstation.PollingCentreService;
import org.observa.domain.pollingstation.PollingStationService;
import org.observa.domain.pollingstation.StationVisitService;

/**
 * The 7 schools in Kampong Thom that Interband's 2023 mission visited on polling day, their 19 polling
 * stations, and the mission's visit to each, as section 1 of the report lists them. Every record keeps
 * the fixed id of the demo file, so its URL is the same everywhere.
 */
@ApplicationScoped
public class PollingStationDemoData implements DemoDataPart {

    /** A station with the visits made to it; the file nests them, so the station's id is not repeated. */
    record StationRecords(ObjectNode station, List<ObjectNode> visits) {
    }

    /** A centre with its stations. */
    record CentreRecords(ObjectNode centre, List<StationRecords> stations) {
    }

    record Content(List<CentreRecords> centres) {
    }

    private final DemoFiles files;
    private final PollingCentreService centres;
    private final PollingStationService stations;
    private final StationVisitService visits;

    public PollingStationDemoData(DemoFiles files, PollingCentreService centres, PollingStationService stations,
                                  StationVisitService visits) {
        this.files = files;
        this.centres = centres;
        this.stations = stations;
        this.visits = visits;
    }

    @Override
    public String name() {
        return "polling-stations";
    }

    /** After the missions part: the visits belong to Interband's 2023 mission. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Content content = files.read("demo/polling-stations.json", Content.class);
        for (CentreRecords records : content.centres()) {
            var centre = files.identified(records.centre(), PollingCentreCreateDto.class);
            UUID centreId = centres.create(centre.id(), PollingCentreDtoMapper.toDraft(centre.body())).id();
            for (StationRecords stationRecords : records.stations()) {
                var station = files.identified(stationRecords.station().put("centreId", centreId.toString()),
                        PollingStationCreateDto.class);
                UUID stationId = stations.create(station.id(), PollingStationDtoMapper.toDraft(station.body())).id();
                for (ObjectNode record : stationRecords.visits()) {
                    var visit = files.identified(record.put("stationId", stationId.toString()), StationVisitCreateDto.class);
                    visits.create(visit.id(), StationVisitDtoMapper.toDraft(visit.body()));
                }
            }
        }
    }
}
