package org.observa.domain.tabulation;

import java.util.UUID;

/** A station of the sampling frame: its stratum (the province it lies in) and its registered voters (0 when unknown). */
public record FrameStation(UUID stationId, String stratum, long registeredVoters) {
}
