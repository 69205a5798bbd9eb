package vn.ntm.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.CommuneCategory;
import vn.ntm.core.input.EvidenceItem;

/**
 * Synthetic communes shaped like real ones, for every criteria set in the definitions: all regions, some
 * DBKK/ATK communes, values around the threshold in force (so that both passes and fails occur), a little
 * missing data, conditional indicators sometimes declared not applicable, most but not all evidence.
 * Reads everything from the catalog; names no indicator code. Deterministic for a given seed.
 */
public final class CommuneGenerator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Definitions defs;
    private final List<CriteriaSet> sets;
    private final long seed;

    public CommuneGenerator(Definitions defs, long seed) {
        this.defs = defs;
        this.sets = List.copyOf(defs.sets().values());
        this.seed = seed;
    }

    /** The i-th commune; the same i always gives the same commune. */
    public Assessment commune(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        CriteriaSet set = sets.get(i % sets.size());
        Region region = Region.values()[rnd.nextInt(Region.values().length)];
        List<CommuneCategory> cats = rnd.nextInt(100) < 8 ? List.of(CommuneCategory.DBKK)
                : rnd.nextInt(100) < 2 ? List.of(CommuneCategory.ATK) : List.of();
        Commune c = new Commune(String.format("%05d", i), "Xã " + i, "Huyện " + (i / 12), "Tỉnh " + (i / 150), region, cats);
        LocalDate day = day(set, rnd);
        Region thr = defs.thresholdRegion(c, set.id(), day);
        ThresholdTable table = defs.thresholds(set.id());
        Assessment.Builder b = Assessment.builder().commune(c).criteriaSet(set.id()).assessedOn(day);
        List<EvidenceItem> evidence = new ArrayList<>();
        // most communes of a set that builds on another (nâng cao, kiểu mẫu) bring their recognition record
        if (set.prerequisiteSet() != null && rnd.nextInt(100) < 90) {
            b.prerequisite(set.prerequisiteSet(), "QĐ số " + i + "/QĐ-UBND (tổng hợp)", null);
        }
        for (Indicator ind : set.indicators().values()) {
            if (ind.fromPrerequisite()) continue;   // decided by the rules from the prerequisite, never given a value
            if (ind.conditional() && rnd.nextInt(100) < 10) {
                b.notApplicable(ind.code());
                continue;
            }
            if (rnd.nextInt(100) < 3) continue;   // no data reported
            switch (ind.comparator()) {
                case BOOLEAN -> b.value(ind.code(), rnd.nextInt(100) < 90);
                case COMPOSITE -> {
                    Map<String, BigDecimal> parts = new LinkedHashMap<>();
                    for (Part p : ind.parts()) {
                        if (rnd.nextInt(100) < 3) continue;
                        parts.put(p.name(), number(p.comparator(), p.isPercent(), whole(p.unit()),
                                table.find(ind.code(), p.name(), thr, day), rnd));
                    }
                    b.value(ind.code(), parts);
                }
                default -> b.value(ind.code(), number(ind.comparator(), ind.isPercent(), whole(ind.unit()),
                        table.find(ind.code(), null, thr, day), rnd));
            }
            for (EvidenceRequirement r : ind.evidence()) {
                if (rnd.nextInt(100) < 95) evidence.add(new EvidenceItem(ind.code(), r.code(), null, null, null));
            }
        }
        evidence.forEach(b::evidence);
        return b.build();
    }

    private static LocalDate day(CriteriaSet set, SplittableRandom rnd) {
        LocalDate from = set.validFrom() != null ? set.validFrom() : LocalDate.of(2022, 1, 1);
        LocalDate to = set.validTo() != null ? set.validTo() : from.plusYears(3);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return LocalDate.ofEpochDay(from.toEpochDay() + rnd.nextLong(span + 1));
    }

    /** Counts (smart-village models, outstanding fields) are whole numbers: the law data says so per unit. */
    private boolean whole(String unit) {
        var range = defs.unitRange(unit);
        return range != null && range.whole();
    }

    /** A value near the threshold: about 80% on the passing side; a count stays whole, on the side it was drawn. */
    private static BigDecimal number(Comparator cmp, boolean percent, boolean whole, ThresholdEntry t, SplittableRandom rnd) {
        BigDecimal limit = t == null || t.number() == null ? BigDecimal.valueOf(percent ? 70 : 5) : t.number();
        boolean pass = rnd.nextInt(100) < 80;
        double span = Math.max(1, limit.doubleValue() * 0.2);
        double delta = rnd.nextDouble() * span;
        boolean up = pass == (cmp != Comparator.AT_MOST);
        double v = up ? limit.doubleValue() + delta : limit.doubleValue() - delta;
        if (pass && rnd.nextInt(4) == 0) v = limit.doubleValue();   // exactly at the threshold
        if (v < 0) v = 0;
        if (percent && v > 100) v = 100;
        if (whole) return BigDecimal.valueOf((long) (up ? Math.ceil(v) : Math.floor(v)));
        BigDecimal n = BigDecimal.valueOf(Math.round(v * 10) / 10.0);
        return percent && n.compareTo(HUNDRED) > 0 ? HUNDRED : n;
    }
}
