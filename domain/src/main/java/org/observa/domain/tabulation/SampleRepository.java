package org.observa.domain.tabulation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where samples are kept, and the figures they are drawn from and estimate with. */
public interface SampleRepository {

    Optional<Sample> byId(UUID id);

    /** A sample without its stations: who it belongs to and how large it is. */
    Optional<SampleSummary> summary(UUID id);

    /** Samples matching the query, newest first. */
    Page<Sample> search(SampleQuery query, PageRequest page);

    void insert(Sample sample);

    void remove(UUID id);

    /** The election's stations with their province and registered voters: what a sample is drawn from. */
    List<FrameStation> frame(String electionId);

    /** The number of the election's stations in each province. */
    Map<String, Long> stationsPerStratum(String electionId);

    /** The results the sample's mission observed at the sample's stations, one per station (the latest), by station. */
    Map<UUID, StationCount> reports(Sample sample);
}
