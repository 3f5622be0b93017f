package org.observa.persistence.pollingstation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sort keys that order official numbers as people read them: every run of digits is zero-padded to the
 * longest a number can hold, so 358 sorts before 1067 and 12A before 12B before 101.
 */
final class NaturalOrder {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int WIDTH = 20;

    private NaturalOrder() {
    }

    static String key(String number) {
        Matcher digits = DIGITS.matcher(number);
        StringBuilder key = new StringBuilder();
        while (digits.find()) {
            digits.appendReplacement(key, "0".repeat(WIDTH - digits.group().length()) + digits.group());
        }
        digits.appendTail(key);
        return key.toString();
    }
}
