package org.observa.api.http.input;

/**
 * Text a client sends must be text PostgreSQL can store and every JSON client can read back: no NUL
 * character (PostgreSQL refuses it) and no lone UTF-16 surrogate (not a character at all; it would be
 * stored as '?'). Both are refused with a 400 naming the field, never stored or half-stored.
 */
public final class CleanText {

    private CleanText() {
    }

    /** What is wrong with {@code text}, or null when nothing is. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must not contain a lone UTF-16 surrogate (U+%04X): it is not a character", (int) c);
            }
        }
        return null;
    }

    /** {@code text} made safe to quote back in an error message: short, and without what {@link #problem} refuses. */
    public static String quotable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        StringBuilder quoted = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))) {
                quoted.append(c).append(shown.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                quoted.append('\uFFFD');
            } else {
                quoted.append(c);
            }
        }
        return quoted.toString();
    }
}
