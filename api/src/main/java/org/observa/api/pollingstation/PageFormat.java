package org.observa.api.pollingstation;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The representations of a page of centres or stations, chosen by Accept: JSON unless the client prefers another. */
enum PageFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    GEOJSON(MediaType.valueOf("application/geo+json")),
    CSV(MediaType.valueOf("text/csv"));

    static final String GEOJSON_MEDIA_TYPE = "application/geo+json";

    private final MediaType mediaType;

    PageFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The first format the client accepts, in its order of preference; a wildcard means JSON. */
    static PageFormat of(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (PageFormat format : values()) {
                if (accepted.isCompatible(format.mediaType)) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
