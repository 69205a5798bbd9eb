package vn.ntm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;

/** The rules and the plain-Java baseline give the same verdicts on synthetic communes. No timing is asserted. */
class EngineBaselineAgreementTest {
    private static final Evaluator EVALUATOR = Evaluator.create();

    @Test
    void engineAndBaselineAgreeOnEveryIndicatorOfEveryCommune() {
        CommuneGenerator gen = new CommuneGenerator(EVALUATOR.definitions(), 7);
        PlainJavaEvaluator baseline = new PlainJavaEvaluator(EVALUATOR.definitions());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Assessment a = gen.commune(i);
            String d = PlainJavaEvaluator.disagreement(baseline.evaluate(a), EVALUATOR.evaluate(a));
            if (d != null) problems.add("commune " + i + " (" + a.criteriaSet() + ", " + a.commune().region() + "): " + d);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void generatedCommunesCoverEverySetAndEveryVerdict() {
        CommuneGenerator gen = new CommuneGenerator(EVALUATOR.definitions(), 7);
        List<AssessmentResult> results = EVALUATOR.evaluateAll(IntStream.range(0, 500).mapToObj(gen::commune).toList());
        assertEquals(EVALUATOR.definitions().sets().keySet(),
                results.stream().map(AssessmentResult::criteriaSet).collect(java.util.stream.Collectors.toSet()));
        var statuses = results.stream().flatMap(r -> r.criteria().stream()).flatMap(c -> c.indicators().stream())
                .map(x -> x.status()).collect(java.util.stream.Collectors.toSet());
        assertEquals(4, statuses.size(), "PASS, FAIL, NO_DATA and NOT_APPLICABLE all occur: " + statuses);
        assertTrue(results.stream().anyMatch(r -> !r.missingEvidence().isEmpty()));
        assertTrue(results.stream().anyMatch(r -> !r.commune().categories().isEmpty()));
    }

    @Test
    void streamingKeepsInputOrderAndMatchesOneByOne() {
        CommuneGenerator gen = new CommuneGenerator(EVALUATOR.definitions(), 11);
        List<Assessment> batch = IntStream.range(0, 300).mapToObj(gen::commune).toList();
        List<AssessmentResult> streamed = new ArrayList<>();
        EVALUATOR.evaluateStream(batch.stream(), streamed::add, 3);
        assertEquals(batch.size(), streamed.size());
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(batch.get(i).commune().code(), streamed.get(i).commune().code());
            assertEquals(EVALUATOR.evaluate(batch.get(i)), streamed.get(i));
        }
    }
}
