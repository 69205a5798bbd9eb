package vn.ntm.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.report.Format;

/** The level (mức đạt chuẩn) of an indicator as the annex tables write it, from the definitions' dated thresholds. */
public final class Levels {
    private Levels() { }

    /**
     * "≥ 80", "Đạt", or per region when regions differ ("TDMNPB: ≥ 70; DBSH, BTB, …: ≥ 80"); provisional levels end
     * with " *", unknown ones read "chưa rõ".
     *
     * @param regions the regions of the communes concerned; empty means all seven
     */
    public static String text(ThresholdTable table, Indicator ind, Part part, List<Region> regions, LocalDate day) {
        List<Region> rs = regions.isEmpty() ? List.of(Region.values()) : regions;
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (Region r : rs) {
            ThresholdEntry e = table.find(ind.code(), part == null ? null : part.name(), r, day);
            byText.computeIfAbsent(one(e, part == null ? ind.comparator() : part.comparator()), k -> new ArrayList<>()).add(r.name());
        }
        if (byText.size() == 1) return byText.keySet().iterator().next();
        List<String> out = new ArrayList<>();
        byText.forEach((t, names) -> out.add(String.join(", ", names) + ": " + t));
        return String.join("; ", out);
    }

    /** One entry's level: "≥ 80 *" (provisional), "Đạt", "chưa rõ" (unknown), "không có mức" (none in force). */
    public static String one(ThresholdEntry e, Comparator comparator) {
        if (e == null) return "không có mức (none in force)";
        if (e.verification() == Verification.UNKNOWN) return "chưa rõ (unknown)";
        String mark = e.verification() == Verification.VERIFIED ? "" : " *";
        if (e.value() instanceof Boolean) return "Đạt" + mark;
        BigDecimal n = e.number();
        return comparator.symbol() + " " + Format.number(n) + mark;
    }

    /** A day inside the set's validity for levels shown before any assessment date is known. */
    public static LocalDate dayWithin(LocalDate from, LocalDate to, LocalDate today) {
        if (from != null && today.isBefore(from)) return from;
        if (to != null && today.isAfter(to)) return to;
        return today;
    }
}
