package org.observa.domain.pollingstation;

import org.observa.domain.shared.Violations;

/** A place on the earth in WGS 84 degrees, as GPS devices and web maps give it. */
public record GeoPoint(double latitude, double longitude) {

    static void check(String field, GeoPoint point, Violations violations) {
        if (point == null) {
            return;
        }
        violations.require(point.latitude() >= -90 && point.latitude() <= 90, field + ".latitude",
                        "must be between -90 and 90 degrees")
                .require(point.longitude() >= -180 && point.longitude() <= 180, field + ".longitude",
                        "must be between -180 and 180 degrees");
    }
}
