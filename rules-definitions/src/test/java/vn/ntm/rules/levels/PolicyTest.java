package vn.ntm.rules.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Bound;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.engine.Definitions;

/**
 * Every level of the three sets follows ntm/POLICY.md: its kind, the sources of its numbers, which bounds bind, and
 * bases that claim no more than their logic. One failure message per entry that does not.
 */
@DisplayName("Chính sách mức quy định (POLICY.md): mọi mức của ba bộ tiêu chí")
class PolicyTest {
    static final Definitions DEFS = Definitions.load();
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A basis must never argue from the example's letter or its communes (review §2.6). */
    static final Pattern CITES_THE_EXAMPLE = Pattern.compile("(?i)thư (UBND )?(huyện )?Hữu Lũng|Cai Kinh|Minh Tiến|Quyết Thắng|ví dụ");
    static final Pattern CLAIMS_CERTAIN_FAIL = Pattern.compile("(?i)không đạt (là )?chắc chắn");
    static final Pattern CLAIMS_CERTAIN_PASS = Pattern.compile("(?i)(?<!không )đạt (là )?chắc chắn");

    @Test
    @DisplayName("Mỗi mức có loại, nguồn của từng con số, và cơ sở không khẳng định quá logic của nó")
    void everyEntryFollowsThePolicy() {
        List<String> problems = new ArrayList<>();
        for (CriteriaSet set : DEFS.sets().values()) {
            for (ThresholdEntry e : DEFS.thresholds(set.id()).all()) problems.addAll(check(set, e));
        }
        assertEquals(List.of(), problems, problems.size() + " entries break POLICY.md");
    }

    @Test
    @DisplayName("VERIFIED chỉ ở những mức tài liệu tham chiếu đánh giá cao: 3.1, 3.2, 18.4 (xã NTM) và điều kiện 1, 3, 4 (kiểu mẫu, 319)")
    void verifiedOnlyWhereTheReferenceIsHigh() {
        Map<String, java.util.Set<String>> expected = Map.of(
                "xa-ntm-2021-2025", java.util.Set.of("3.1", "3.2", "18.4"),
                "xa-ntm-nang-cao-2021-2025", java.util.Set.of(),
                "xa-ntm-kieu-mau-2021-2025", java.util.Set.of("1", "3", "4"));
        for (CriteriaSet set : DEFS.sets().values()) {
            Map<LevelKind, Integer> n = new TreeMap<>();
            java.util.Set<String> verified = new java.util.TreeSet<>();
            for (ThresholdEntry e : DEFS.thresholds(set.id()).all()) {
                n.merge(e.kind(), 1, Integer::sum);
                if (e.kind() == LevelKind.VERIFIED) verified.add(e.indicator());
            }
            System.out.println("levels by kind (entry × region) " + set.id() + ": " + n);
            assertEquals(expected.get(set.id()), verified, set.id());
        }
    }

    @Test
    @DisplayName("Kiểm tra có răng: các mức vi phạm chính sách (như bản cũ) đều bị nêu ra")
    void theCheckCatchesTheOldViolations() {
        CriteriaSet nc = DEFS.set("xa-ntm-nang-cao-2021-2025");
        java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 1);
        ThresholdEntry letter = new ThresholdEntry("10", null, vn.ntm.core.catalog.Region.TDMNPB, from, null, new BigDecimal("39"),
                LevelKind.FLOOR, "c", "cận dưới 39 (thư Hữu Lũng 9/2024 ghi Cai Kinh đạt tiêu chí 10)", "R5", ThresholdEntry.NATIONAL,
                new Bound(new BigDecimal("39"), false, "R5"), null, null, null);
        ThresholdEntry overclaim = new ThresholdEntry("12.1", null, vn.ntm.core.catalog.Region.TDMNPB, from, null, new BigDecimal("40"),
                LevelKind.FLOOR, "c", "cận dưới — Không đạt là chắc chắn, Đạt chỉ là tạm tính", "s", ThresholdEntry.NATIONAL,
                new Bound(new BigDecimal("40"), false, "s"), null, null, null);
        ThresholdEntry bindsOnAGuess = new ThresholdEntry("12.1", null, vn.ntm.core.catalog.Region.TDMNPB, from, null, new BigDecimal("40"),
                LevelKind.FLOOR, "c", "cận dưới", "s", ThresholdEntry.NATIONAL, new Bound(new BigDecimal("40"), true, "s"), null, null, null);
        ThresholdEntry noSource = new ThresholdEntry("12.1", null, vn.ntm.core.catalog.Region.TDMNPB, from, null, new BigDecimal("40"),
                LevelKind.SOURCED, "c", "b", " ", ThresholdEntry.NATIONAL, null, null, null, null);
        assertTrue(check(nc, letter).stream().anyMatch(p -> p.contains("argues from the example")), check(nc, letter).toString());
        assertTrue(check(nc, overclaim).stream().anyMatch(p -> p.contains("certain fail")), check(nc, overclaim).toString());
        assertTrue(check(nc, bindsOnAGuess).stream().anyMatch(p -> p.contains("binding bound")), check(nc, bindsOnAGuess).toString());
        assertTrue(check(nc, noSource).stream().anyMatch(p -> p.contains("source of its number")), check(nc, noSource).toString());
    }

    static List<String> check(CriteriaSet set, ThresholdEntry e) {
        List<String> out = new ArrayList<>();
        String where = set.id() + " " + e.indicator() + (e.part() == null ? "" : "/" + e.part()) + " " + e.region() + " from " + e.validFrom();
        Indicator ind = set.indicator(e.indicator());
        Part part = e.part() == null ? null : ind.part(e.part());
        Comparator cmp = part != null ? part.comparator() : ind.comparator();
        String unit = part != null ? part.unit() : ind.unit();
        LevelKind k = e.kind();
        if (k == null) { out.add(where + ": no kind"); return out; }
        if (blank(e.source())) out.add(where + ": the source of its number is not named");
        if (blank(e.citation())) out.add(where + ": no citation");
        if (k != LevelKind.VERIFIED && k != LevelKind.UNKNOWN && blank(e.basis())) out.add(where + ": a " + k + " level needs its basis");
        if (k == LevelKind.UNKNOWN && e.value() != null) out.add(where + ": UNKNOWN holds a number");
        if (cmp == Comparator.BOOLEAN && k != LevelKind.VERIFIED && k != LevelKind.SOURCED && k != LevelKind.UNKNOWN) {
            out.add(where + ": a \"Đạt\" level is VERIFIED, SOURCED or UNKNOWN, never a bound");
        }
        Bound lo = e.floor();
        Bound hi = e.ceiling();
        switch (k) {
            case FLOOR -> {
                if (lo == null || hi != null || lo.value().compareTo(e.number()) != 0) out.add(where + ": a FLOOR's number is its floor, and only that");
            }
            case CEILING -> {
                if (hi == null || lo != null || hi.value().compareTo(e.number()) != 0) out.add(where + ": a CEILING's number is its ceiling, and only that");
            }
            case BRACKET -> {
                if (lo == null || hi == null) out.add(where + ": a BRACKET has both bounds");
                else if (e.number().compareTo(lo.value()) < 0 || e.number().compareTo(hi.value()) > 0) out.add(where + ": stand-in outside its bracket");
            }
            default -> {
                if (lo != null || hi != null) out.add(where + ": only FLOOR, CEILING and BRACKET carry bounds");
            }
        }
        for (Bound b : new Bound[] {lo, hi}) {
            if (b == null) continue;
            if (blank(b.source())) out.add(where + ": a bound without the source of its number");
            if (b.binding()) {
                // §3: today only the unit's natural limit binds: a share cannot exceed 100 %
                boolean unitLimit = b == hi && cmp == Comparator.AT_LEAST && unit != null && unit.startsWith("%")
                        && b.value().compareTo(HUNDRED) == 0;
                if (!unitLimit) out.add(where + ": binding bound " + b.value() + " is neither verified nor a unit's limit");
            }
        }
        String basis = e.basis() == null ? "" : e.basis();
        if (CITES_THE_EXAMPLE.matcher(basis).find()) out.add(where + ": the basis argues from the example: " + basis);
        boolean certainFail = (cmp == Comparator.AT_LEAST && lo != null && lo.binding()) || (cmp == Comparator.AT_MOST && hi != null && hi.binding());
        boolean certainPass = (cmp == Comparator.AT_LEAST && hi != null && hi.binding()) || (cmp == Comparator.AT_MOST && lo != null && lo.binding());
        if (k != LevelKind.VERIFIED && CLAIMS_CERTAIN_FAIL.matcher(basis).find() && !certainFail) {
            out.add(where + ": the basis claims a certain fail that no binding bound gives: " + basis);
        }
        if (k != LevelKind.VERIFIED && CLAIMS_CERTAIN_PASS.matcher(basis).find() && !certainPass) {
            out.add(where + ": the basis claims a certain pass that no binding bound gives: " + basis);
        }
        return out;
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
