package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ntm.rules.Communes.EVALUATOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/** Invariants of the evaluation, over random communes of every region. */
class XaNtmProperties {
    private static final List<Indicator> ALL = List.copyOf(Communes.DEFS.set(Communes.XA_NTM).indicators().values());

    @Provide
    Arbitrary<Assessment> communes() {
        Arbitrary<Region> region = Arbitraries.of(Region.class);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Integer> year = Arbitraries.integers().between(2022, 2025);
        return Combinators.combine(region, seed, year).as((r, s, y) -> randomCommune(r, new Random(s), y));
    }

    static Assessment randomCommune(Region region, Random rnd, int year) {
        Assessment.Builder b = Communes.passing(Communes.XA_NTM, region, java.time.LocalDate.of(year, 6, 1));
        Assessment base = b.build();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Indicator ind : ALL) {
            if (rnd.nextInt(10) == 0) continue; // some data missing
            if (ind.isBoolean()) values.put(ind.code(), rnd.nextInt(4) != 0);
            else if (ind.isComposite()) values.put(ind.code(), Map.of("overall", pct(rnd), "centralized", pct(rnd)));
            else values.put(ind.code(), ind.isPercent() ? pct(rnd) : BigDecimal.valueOf(rnd.nextInt(6000), 2));
        }
        List<vn.ntm.core.input.EvidenceItem> ev = new ArrayList<>(base.evidence());
        ev.removeIf(e -> rnd.nextInt(8) == 0);
        return new Assessment(new Commune("P", "Ngẫu nhiên", null, null, region, List.of()), Communes.XA_NTM,
                base.assessedOn(), values, List.of(), ev, List.of(), null);
    }

    static BigDecimal pct(Random rnd) { return BigDecimal.valueOf(rnd.nextInt(10001), 2); }

    @Property(tries = 60)
    void removingAValueNeverYieldsPass(@ForAll("communes") Assessment a, @ForAll("anyIndex") int idx) {
        Indicator ind = ALL.get(idx);
        AssessmentResult r = EVALUATOR.evaluate(Communes.with(a, ind.code(), null));
        assertEquals(IndicatorStatus.NO_DATA, r.indicator(ind.code()).status());
        assertNotEquals(vn.ntm.core.facts.CriterionStatus.ACHIEVED, r.criterion(ind.criterion()).status());
    }

    @Property(tries = 40)
    void inputOrderDoesNotChangeTheResult(@ForAll("communes") Assessment a, @ForAll long seed) {
        Random rnd = new Random(seed);
        List<Map.Entry<String, Object>> entries = new ArrayList<>(a.indicators().entrySet());
        Collections.shuffle(entries, rnd);
        Map<String, Object> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        List<vn.ntm.core.input.EvidenceItem> ev = new ArrayList<>(a.evidence());
        Collections.shuffle(ev, rnd);
        Assessment b = new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), shuffled, a.notApplicable(), ev, a.appraisals(), a.recognition());
        assertEquals(NtmJson.write(EVALUATOR.evaluate(a)), NtmJson.write(EVALUATOR.evaluate(b)));
    }

    @Provide
    Arbitrary<Integer> anyIndex() { return Arbitraries.integers().between(0, ALL.size() - 1); }
}
