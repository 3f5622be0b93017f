package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

    private static List<FrameStation> stratum(String code, int stations, long votersEach) {
        List<FrameStation> frame = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            frame.add(new FrameStation(UUID.nameUUIDFromBytes((code + i).getBytes()), code, votersEach));
        }
        return frame;
    }

    @Test
    void sizesAreProportionalToRegisteredVoters() {
        List<FrameStation> frame = new ArrayList<>(stratum("KH-1", 100, 300));
        frame.addAll(stratum("KH-2", 100, 900));
        Map<String, Long> drawn = SampleDraw.draw(frame, 40, 7).stream()
                .collect(java.util.stream.Collectors.groupingBy(FrameStation::stratum, java.util.stream.Collectors.counting()));
        assertThat(drawn).containsEntry("KH-1", 10L).containsEntry("KH-2", 30L);
    }

    @Test
    void aFullStratumGivesWhatItCannotTakeToTheOthers() {
        List<FrameStation> frame = new ArrayList<>(stratum("KH-1", 3, 10_000));
        frame.addAll(stratum("KH-2", 100, 100));
        Map<String, Long> drawn = SampleDraw.draw(frame, 20, 7).stream()
                .collect(java.util.stream.Collectors.groupingBy(FrameStation::stratum, java.util.stream.Collectors.counting()));
        assertThat(drawn).containsEntry("KH-1", 3L).containsEntry("KH-2", 17L);
    }

    @Test
    void anotherSeedDrawsOtherStations() {
        List<FrameStation> frame = stratum("KH-1", 200, 300);
        assertThat(SampleDraw.draw(frame, 20, 1)).isNotEqualTo(SampleDraw.draw(frame, 20, 2));
    }
}
