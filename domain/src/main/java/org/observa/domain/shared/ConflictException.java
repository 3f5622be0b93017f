package org.observa.domain.shared;

/** The request contradicts the stored state: a duplicate, or removing something others still refer to. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException duplicate(String resource, String id) {
        String article = "aeiou".indexOf(resource.charAt(0)) >= 0 ? "an " : "a ";
        return new ConflictException("There is already " + article + resource + " '" + id + "'.");
    }
}
