package vn.ntm.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated threshold series, keyed by indicator, part and region. Within one series periods never overlap
 * (checked on construction), so a day resolves to at most one value.
 */
public final class ThresholdTable {
    private final Map<String, List<ThresholdEntry>> series = new HashMap<>();
    /** indicator → part ("" for none) → series per region ordinal: lookups without building a key string */
    private final Map<String, Map<String, List<ThresholdEntry>[]>> index = new HashMap<>();

    public ThresholdTable(Collection<ThresholdEntry> entries) {
        for (ThresholdEntry e : entries) {
            List<ThresholdEntry> list = series.computeIfAbsent(e.seriesKey(), k -> new ArrayList<>());
            for (ThresholdEntry other : list) {
                if (other.overlaps(e)) {
                    throw new IllegalArgumentException("overlapping threshold periods for " + e.seriesKey()
                            + ": " + other.validFrom() + "…" + other.validTo() + " and "
                            + e.validFrom() + "…" + e.validTo() + " (" + e.citation() + ")");
                }
            }
            list.add(e);
        }
        series.values().forEach(l -> l.sort(java.util.Comparator.comparing(ThresholdEntry::validFrom)));
        for (List<ThresholdEntry> list : series.values()) {
            ThresholdEntry e = list.get(0);
            @SuppressWarnings("unchecked")
            List<ThresholdEntry>[] byRegion = index.computeIfAbsent(e.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(e.part() == null ? "" : e.part(), k -> new List[Region.values().length]);
            byRegion[e.region().ordinal()] = list;
        }
    }

    /** The entry in force on {@code day}, or null when none is. */
    public ThresholdEntry find(String indicator, String part, Region region, LocalDate day) {
        Map<String, List<ThresholdEntry>[]> parts = index.get(indicator);
        if (parts == null) return null;
        List<ThresholdEntry>[] byRegion = parts.get(part == null ? "" : part);
        List<ThresholdEntry> list = byRegion == null ? null : byRegion[region.ordinal()];
        if (list == null) return null;
        for (ThresholdEntry e : list) if (e.inForceOn(day)) return e;
        return null;
    }

    public List<ThresholdEntry> series(String indicator, String part, Region region) {
        return List.copyOf(series.getOrDefault(ThresholdEntry.seriesKey(indicator, part, region), List.of()));
    }

    public List<ThresholdEntry> all() {
        List<ThresholdEntry> out = new ArrayList<>();
        series.values().forEach(out::addAll);
        return out;
    }
}
