package org.observa.domain.tabulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the sample store, over a frame and reports the test sets. */
class InMemorySamples implements SampleRepository {

    final Map<UUID, Sample> rows = new LinkedHashMap<>();
    final List<FrameStation> frame;
    final Map<UUID, StationCount> reported = new HashMap<>();

    InMemorySamples(List<FrameStation> frame) {
        this.frame = frame;
    }

    @Override
    public Optional<Sample> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<SampleSummary> summary(UUID id) {
        return byId(id).map(s -> new SampleSummary(s.id(), s.missionId(), s.electionId()));
    }

    @Override
    public Page<Sample> search(SampleQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void insert(Sample sample) {
        rows.put(sample.id(), sample);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    @Override
    public List<FrameStation> frame(String electionId) {
        return frame;
    }

    @Override
    public Map<String, Long> stationsPerStratum(String electionId) {
        Map<String, Long> counts = new HashMap<>();
        frame.forEach(s -> counts.merge(s.stratum(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Map<UUID, StationCount> reports(Sample sample) {
        Map<UUID, StationCount> reports = new HashMap<>();
        sample.stations().forEach(s -> {
            if (reported.containsKey(s.stationId())) {
                reports.put(s.stationId(), reported.get(s.stationId()));
            }
        });
        return reports;
    }
}
