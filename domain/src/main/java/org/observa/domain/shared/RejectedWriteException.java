package org.observa.domain.shared;

/**
 * The store itself refused a write (a constraint the checks before it could not see, such as a duplicate
 * created at the same moment by someone else). Nothing more can be written in the same unit of work.
 */
public class RejectedWriteException extends ConflictException {

    public RejectedWriteException(String message) {
        super(message);
    }
}
