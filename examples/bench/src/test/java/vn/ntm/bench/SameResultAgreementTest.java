package vn.ntm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/**
 * The same-result baseline builds the very result the rules build, every explanation, blocker and message
 * included: equal by {@code equals} and by JSON bytes, commune by commune, over all three sets. No timing asserted.
 */
class SameResultAgreementTest {
    private static final Evaluator EVALUATOR = Evaluator.create();

    @Test
    void baselineBuildsTheEngineResultForEveryCommuneOfEverySet() {
        CommuneGenerator gen = new CommuneGenerator(EVALUATOR.definitions(), 13);
        SameResultBaseline same = new SameResultBaseline(EVALUATOR);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> perSet = new TreeMap<>();
        int blocked = 0;
        for (int i = 0; i < 450; i++) {
            Assessment a = gen.commune(i);
            AssessmentResult engine = EVALUATOR.evaluate(a);
            AssessmentResult baseline = same.evaluate(a);
            if (!baseline.equals(engine)) problems.add("commune " + i + " (" + a.criteriaSet() + "): not equal");
            if (!NtmJson.write(baseline).equals(NtmJson.write(engine))) problems.add("commune " + i + ": JSON differs");
            perSet.merge(a.criteriaSet(), 1, Integer::sum);
            if (!engine.pollReadiness().blockers().isEmpty()) blocked++;
        }
        assertEquals(List.of(), problems);
        assertEquals(Map.of("xa-ntm-2021-2025", 150, "xa-ntm-nang-cao-2021-2025", 150, "xa-ntm-kieu-mau-2021-2025", 150), perSet);
        assertEquals(true, blocked > 100, "blockers of every kind are compared, not only empty lists: " + blocked);
    }

    @Test
    void aDifferenceIsNamedWhereTheJsonParts() {
        CommuneGenerator gen = new CommuneGenerator(EVALUATOR.definitions(), 13);
        AssessmentResult one = EVALUATOR.evaluate(gen.commune(0));
        AssessmentResult other = EVALUATOR.evaluate(gen.commune(3));
        assertEquals(null, SameResultBaseline.difference(one, EVALUATOR.evaluate(gen.commune(0))));
        assertEquals(true, SameResultBaseline.difference(one, other).startsWith("whole results differ at JSON offset"));
    }
}
