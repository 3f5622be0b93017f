package org.observa.api.pollingstation;

import java.util.List;
import org.observa.api.generated.model.PointGeometryDto;
import org.observa.domain.pollingstation.GeoPoint;

/** GeoJSON (RFC 7946) geometry: positions are longitude first, then latitude. */
final class GeoJson {

    private GeoJson() {
    }

    static PointGeometryDto point(GeoPoint location) {
        return new PointGeometryDto().type(PointGeometryDto.TypeEnum.POINT)
                .coordinates(List.of(location.longitude(), location.latitude()));
    }
}
