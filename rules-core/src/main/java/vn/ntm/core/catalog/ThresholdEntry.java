package vn.ntm.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One dated level for one indicator (or one part of a composite), for one region.
 *
 * @param value      the number the default mode decides with (a FLOOR's floor, a CEILING's ceiling, a BRACKET's
 *                   stand-in), {@code Boolean.TRUE} for "Đạt", or null when {@link LevelKind#UNKNOWN}
 * @param kind       what the number is (the law module's level policy)
 * @param validFrom  first day in force (inclusive)
 * @param validTo    last day in force (inclusive), or null while still in force
 * @param citation   decision, appendix and indicator the level belongs to, as a reader would cite it
 * @param basis      for a level that is not verified: how the number was reached
 * @param source     where the number ({@code value}) comes from
 * @param origin     NATIONAL or the name of a provincial overlay
 * @param floor      a lower bound on the official level, or null
 * @param ceiling    an upper bound on the official level, or null
 * @param provenance for an overlay's level: the province's decision or a national level its author read; null for
 *                   the law module's own levels
 * @param beneath    for an overlay's level resolved for one commune and day: the national level it replaces, or null
 */
public record ThresholdEntry(
        String indicator,
        String part,
        Region region,
        LocalDate validFrom,
        LocalDate validTo,
        Object value,
        LevelKind kind,
        String citation,
        String basis,
        String source,
        String origin,
        Bound floor,
        Bound ceiling,
        Provenance provenance,
        ThresholdEntry beneath) {

    public static final String NATIONAL = "NATIONAL";

    /** A plain level (verified, a stand-in or unknown), without bounds. */
    public ThresholdEntry(String indicator, String part, Region region, LocalDate validFrom, LocalDate validTo, Object value,
                          Verification verification, String citation, String basis, String source, String origin) {
        this(indicator, part, region, validFrom, validTo, value, switch (verification) {
            case VERIFIED -> LevelKind.VERIFIED;
            case PROVISIONAL -> LevelKind.SOURCED;
            case UNKNOWN -> LevelKind.UNKNOWN;
        }, citation, basis, source, origin, null, null, null, null);
    }

    /** VERIFIED only for the law module's verified levels; an overlay's level is never shown as verified here. */
    public Verification verification() { return kind.verification(); }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(ThresholdEntry other) {
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }

    public boolean isNational() { return NATIONAL.equals(origin); }

    public BigDecimal number() { return value instanceof BigDecimal b ? b : null; }

    /** This overlay level as resolved over the national level in force beneath it. */
    public ThresholdEntry over(ThresholdEntry national) {
        return new ThresholdEntry(indicator, part, region, validFrom, validTo, value, kind, citation, basis, source, origin,
                floor, ceiling, provenance, national);
    }

    /** Key of the threshold series this entry belongs to. */
    public String seriesKey() { return seriesKey(indicator, part, region); }

    public static String seriesKey(String indicator, String part, Region region) {
        return indicator + (part == null ? "" : "/" + part) + "@" + region.name();
    }

    public static Map<String, Object> describe(ThresholdEntry e) {
        return Map.of("indicator", e.indicator, "region", e.region.name(), "from", e.validFrom.toString());
    }
}
