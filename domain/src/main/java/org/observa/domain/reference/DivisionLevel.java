package org.observa.domain.reference;

/** How far down the administrative hierarchy a division sits. */
public enum DivisionLevel {
    COUNTRY,
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** The level a parent of this level must have; none for a country. */
    public DivisionLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
