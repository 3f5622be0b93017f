package org.observa.domain.reference;

import java.util.regex.Pattern;

/**
 * The shape of division codes. Countries use ISO 3166-1 alpha-2 ({@code KH}) and their first-level areas
 * ISO 3166-2 ({@code KH-6}). ISO stops there, so deeper levels extend the parent's code with a local
 * segment ({@code KH-6-03}), which keeps every code unique and tells its ancestry at a glance.
 */
public final class DivisionCodes {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern FIRST_LEVEL_SEGMENT = Pattern.compile("^[A-Z0-9]{1,3}$");
    private static final Pattern LOCAL_SEGMENT = Pattern.compile("^[A-Z0-9]{1,6}$");

    private DivisionCodes() {
    }

    public static boolean isCountryCode(String code) {
        return code != null && COUNTRY.matcher(code).matches();
    }

    public static String countryOf(String code) {
        return code.substring(0, 2);
    }

    /** Why {@code code} cannot be the code of a division of {@code level} under {@code parentId}; null if it can. */
    public static String problemWith(String code, DivisionLevel level, String parentId) {
        if (level == DivisionLevel.COUNTRY) {
            return isCountryCode(code) ? null : "must be an ISO 3166-1 alpha-2 code such as KH";
        }
        if (parentId == null) {
            return null; // the missing parent is reported on its own field
        }
        String prefix = parentId + "-";
        Pattern segment = level == DivisionLevel.PROVINCE ? FIRST_LEVEL_SEGMENT : LOCAL_SEGMENT;
        if (code.startsWith(prefix) && segment.matcher(code.substring(prefix.length())).matches()) {
            return null;
        }
        return level == DivisionLevel.PROVINCE
                ? "must be an ISO 3166-2 code: the country's code, \"-\" and 1 to 3 letters or digits, e.g. " + prefix + "6"
                : "must be the parent's code followed by \"-\" and 1 to 6 letters or digits, e.g. " + prefix + "03";
    }
}
