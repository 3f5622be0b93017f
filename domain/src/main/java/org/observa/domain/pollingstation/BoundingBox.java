package org.observa.domain.pollingstation;

import org.observa.domain.shared.ValidationException;

/** A rectangle on the map, west to east and south to north, in WGS 84 degrees (the order web maps use). */
public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

    static final String FIELD = "bbox";

    /** Reads {@code minLon,minLat,maxLon,maxLat}; anything else is refused, naming the parameter. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw invalid("must be four numbers minLon,minLat,maxLon,maxLat, not " + parts.length + " values");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw invalid("must be four numbers minLon,minLat,maxLon,maxLat; '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw invalid("must be four finite numbers minLon,minLat,maxLon,maxLat");
            }
        }
        BoundingBox box = new BoundingBox(values[0], values[1], values[2], values[3]);
        if (Math.abs(box.minLongitude) > 180 || Math.abs(box.maxLongitude) > 180) {
            throw invalid("longitudes must be between -180 and 180 degrees");
        }
        if (Math.abs(box.minLatitude) > 90 || Math.abs(box.maxLatitude) > 90) {
            throw invalid("latitudes must be between -90 and 90 degrees");
        }
        if (box.minLongitude > box.maxLongitude || box.minLatitude > box.maxLatitude) {
            throw invalid("minimum must not exceed maximum (minLon <= maxLon, minLat <= maxLat); a box across the"
                    + " 180th meridian is two requests");
        }
        return box;
    }

    public boolean contains(GeoPoint point) {
        return point != null && point.longitude() >= minLongitude && point.longitude() <= maxLongitude
                && point.latitude() >= minLatitude && point.latitude() <= maxLatitude;
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of(FIELD, message);
    }
}
