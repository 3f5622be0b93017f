package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observa.domain.shared.ValidationException;

class BoundingBoxTest {

    @Test
    void readsWestSouthEastNorth() {
        BoundingBox kampongThom = BoundingBox.parse("104.2,12.2,105.6,13.4");
        assertThat(kampongThom).isEqualTo(new BoundingBox(104.2, 12.2, 105.6, 13.4));
        assertThat(kampongThom.contains(new GeoPoint(12.71, 104.89))).isTrue();
        assertThat(kampongThom.contains(new GeoPoint(11.56, 104.92))).isFalse();
        assertThat(kampongThom.contains(null)).isFalse();
    }

    @Test
    void edgesAreInside() {
        assertThat(BoundingBox.parse("-180,-90,180,90").contains(new GeoPoint(90, 180))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "104.2,12.2,105.6 | must be four numbers minLon,minLat,maxLon,maxLat, not 3 values",
            "104.2,12.2,105.6,13.4,1 | must be four numbers minLon,minLat,maxLon,maxLat, not 5 values",
            "104.2,north,105.6,13.4 | must be four numbers minLon,minLat,maxLon,maxLat; 'north' is not a number",
            "104.2,,105.6,13.4 | must be four numbers minLon,minLat,maxLon,maxLat; '' is not a number",
            "104.2,12.2,NaN,13.4 | must be four finite numbers minLon,minLat,maxLon,maxLat",
            "-181,12.2,105.6,13.4 | longitudes must be between -180 and 180 degrees",
            "104.2,12.2,105.6,90.5 | latitudes must be between -90 and 90 degrees",
            "105.6,12.2,104.2,13.4 | minimum must not exceed maximum (minLon <= maxLon, minLat <= maxLat); a box across the 180th meridian is two requests",
            "104.2,13.4,105.6,12.2 | minimum must not exceed maximum (minLon <= maxLon, minLat <= maxLat); a box across the 180th meridian is two requests"})
    void aWrongBoxIsRefusedNamingTheParameter(String text, String message) {
        assertThatThrownBy(() -> BoundingBox.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo("bbox");
            assertThat(e.errors().get(0).message()).isEqualTo(message);
        });
    }
}
