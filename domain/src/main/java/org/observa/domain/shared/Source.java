package org.observa.domain.shared;

import java.net.URI;
import java.time.LocalDate;

/** Where a fact comes from, so that every figure can be checked. */
public record Source(String citation, String url, LocalDate publishedOn, LocalDate retrievedOn) {

    public static Source cite(String citation) {
        return new Source(citation, null, null, null);
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
