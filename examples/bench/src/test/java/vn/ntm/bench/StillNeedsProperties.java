package vn.ntm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.StillNeed;

/** What a commune still needs lists each failing or undecided indicator and each missing document once, in order. */
class StillNeedsProperties {
    private static final Evaluator EVALUATOR = Evaluator.create();
    private static final CommuneGenerator GEN = new CommuneGenerator(EVALUATOR.definitions(), 11);

    @Property(tries = 300)
    void everythingMissingOnceClosestFirst(@ForAll @IntRange(min = 0, max = 100_000) int i) {
        AssessmentResult r = EVALUATOR.evaluate(GEN.commune(i));
        List<StillNeed> n = r.stillNeeds();
        long failing = 0;
        long noData = 0;
        for (var c : r.criteria()) {
            for (IndicatorResult x : c.indicators()) {
                if (x.status() == IndicatorStatus.FAIL) failing++;
                if (x.status() == IndicatorStatus.NO_DATA) noData++;
            }
        }
        assertEquals(failing, n.stream().filter(s -> s.kind() == StillNeed.Kind.FAILING).count());
        assertEquals(noData, n.stream().filter(s -> s.kind() == StillNeed.Kind.NO_DATA).count());
        assertEquals(r.missingEvidence().size(), n.stream().filter(s -> s.kind() == StillNeed.Kind.EVIDENCE).count());
        // kinds in order; among failing indicators with a measurable gap, the smallest relative gap first
        for (int k = 1; k < n.size(); k++) {
            StillNeed a = n.get(k - 1);
            StillNeed b = n.get(k);
            assertTrue(a.kind().compareTo(b.kind()) <= 0, a + " before " + b);
            if (a.kind() == StillNeed.Kind.FAILING && b.kind() == StillNeed.Kind.FAILING) {
                assertTrue(a.relativeGap() != null || b.relativeGap() == null, "gaps before Đạt: " + a + ", " + b);
                if (a.relativeGap() != null && b.relativeGap() != null) assertTrue(a.relativeGap().compareTo(b.relativeGap()) <= 0);
            }
        }
    }
}
