package org.observa.domain.reference;

/** What an election fills; each type has the short code used in election keys. */
public enum ElectionType {
    NATIONAL_ASSEMBLY("na"),
    SENATE("senate"),
    PRESIDENTIAL("presidential"),
    PROVINCIAL("provincial"),
    COMMUNE("commune"),
    REFERENDUM("referendum");

    private final String keyCode;

    ElectionType(String keyCode) {
        this.keyCode = keyCode;
    }

    public String keyCode() {
        return keyCode;
    }
}
