package org.observa.domain.shared;

/** The addressed resource does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, String id) {
        super("There is no " + resource + " '" + id + "'.");
    }
}
