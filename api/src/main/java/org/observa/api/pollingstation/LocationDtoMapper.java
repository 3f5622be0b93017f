package org.observa.api.pollingstation;

import org.observa.api.generated.model.LocationDto;
import org.observa.domain.pollingstation.GeoPoint;

final class LocationDtoMapper {

    private LocationDtoMapper() {
    }

    static LocationDto toDto(GeoPoint point) {
        return point == null ? null : new LocationDto().latitude(point.latitude()).longitude(point.longitude());
    }

    static GeoPoint toGeoPoint(LocationDto dto) {
        return dto == null ? null : new GeoPoint(dto.getLatitude(), dto.getLongitude());
    }

    static Double latitude(GeoPoint point) {
        return point == null ? null : point.latitude();
    }

    static Double longitude(GeoPoint point) {
        return point == null ? null : point.longitude();
    }
}
