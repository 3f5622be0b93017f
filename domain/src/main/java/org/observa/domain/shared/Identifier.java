package org.observa.domain.shared;

import java.util.regex.Pattern;

/** An identifier of a record in another scheme, such as an Open Civic Data division id. */
public record Identifier(String scheme, String value) {

    static final Pattern SCHEME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
}
