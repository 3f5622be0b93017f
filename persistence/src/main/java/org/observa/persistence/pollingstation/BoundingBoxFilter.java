package org.observa.persistence.pollingstation;

import org.observa.domain.pollingstation.BoundingBox;
import org.observa.persistence.shared.Filters;

/** A map rectangle matches the rows located inside it, edges included; rows without a location are never inside. */
final class BoundingBoxFilter {

    private BoundingBoxFilter() {
    }

    /** Restricts the {@code longitude} and {@code latitude} attributes to {@code box}, when there is one. */
    static void within(Filters filters, BoundingBox box) {
        if (box != null) {
            filters.atLeast("longitude", box.minLongitude()).atMost("longitude", box.maxLongitude())
                    .atLeast("latitude", box.minLatitude()).atMost("latitude", box.maxLatitude());
        }
    }
}
