package vn.ntm.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One dated threshold value for one indicator (or one part of a composite), for one region.
 *
 * @param value      a number, {@code Boolean.TRUE} for "Đạt", or null when {@link Verification#UNKNOWN}
 * @param validFrom  first day in force (inclusive)
 * @param validTo    last day in force (inclusive), or null while still in force
 * @param citation   decision, appendix and indicator the value comes from, as a reader would cite it
 * @param basis      for a provisional value: where the stand-in comes from and why it is supportable
 * @param origin     NATIONAL or the name of a provincial overlay
 */
public record ThresholdEntry(
        String indicator,
        String part,
        Region region,
        LocalDate validFrom,
        LocalDate validTo,
        Object value,
        Verification verification,
        String citation,
        String basis,
        String source,
        String origin) {

    public static final String NATIONAL = "NATIONAL";

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

    /** Key of the threshold series this entry belongs to. */
    public String seriesKey() { return seriesKey(indicator, part, region); }

    public static String seriesKey(String indicator, String part, Region region) {
        return indicator + (part == null ? "" : "/" + part) + "@" + region.name();
    }

    public static Map<String, Object> describe(ThresholdEntry e) {
        return Map.of("indicator", e.indicator, "region", e.region.name(), "from", e.validFrom.toString());
    }
}
