package vn.ntm.core.catalog;

/** Where an overlay's level comes from. National levels of the law module carry a {@link LevelKind} instead. */
public enum Provenance {
    /** the province's own decision */
    PROVINCIAL,
    /** a national level the overlay's author read in the official text (this project did not) */
    NATIONAL_READ
}
