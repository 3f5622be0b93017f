package org.observa.domain.tabulation;

import java.util.UUID;

/** A station of a sample and its stratum (the province it lies in). */
public record SampleStation(UUID stationId, String stratum) {
}
