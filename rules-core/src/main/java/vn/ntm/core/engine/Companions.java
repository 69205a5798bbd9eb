package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Prerequisite;
import vn.ntm.core.result.AssessmentResult;

/**
 * Sets that build on another set (nâng cao on xã NTM, kiểu mẫu on nâng cao): how the prerequisite is established,
 * and batch evaluation in dependency order so that a commune's companion result is ready when it is needed.
 */
final class Companions {
    private Companions() { }

    static PrerequisiteFact prerequisite(CriteriaSet set, Assessment a, AssessmentResult companion) {
        String required = set.prerequisiteSet();
        Prerequisite p = a.prerequisite();
        if (p != null && required.equals(p.criteriaSet())) {
            return new PrerequisiteFact(required, set.prerequisiteRef(), PrerequisiteFact.State.MET,
                    "đã được công nhận theo " + p.recognisedBy() + (p.date() == null ? "" : " ngày " + p.date()),
                    "recognised by " + p.recognisedBy() + (p.date() == null ? "" : " of " + p.date()));
        }
        if (companion != null && required.equals(companion.criteriaSet())
                && companion.commune().code().equals(a.commune().code())) {
            // a companion short only of data is missing data, never a fail
            boolean failed = companion.criteria().stream().anyMatch(c -> c.status() == CriterionStatus.NOT_ACHIEVED);
            boolean met = companion.achievedCount() == companion.criteriaCount();
            PrerequisiteFact.State state = met ? PrerequisiteFact.State.MET
                    : failed ? PrerequisiteFact.State.NOT_MET : PrerequisiteFact.State.UNKNOWN;
            return new PrerequisiteFact(required, set.prerequisiteRef(), state,
                    "đánh giá kèm theo ngày " + companion.assessedOn() + ": đạt " + companion.achievedCount() + "/"
                            + companion.criteriaCount() + " tiêu chí",
                    "companion assessment of " + companion.assessedOn() + ": " + companion.achievedCount() + "/"
                            + companion.criteriaCount() + " criteria achieved");
        }
        return new PrerequisiteFact(required, set.prerequisiteRef(), PrerequisiteFact.State.UNKNOWN, null, null);
    }

    /** Rounds: an assessment runs once its companion (same commune, prerequisite set) in the batch has run. */
    static List<AssessmentResult> evaluate(List<Assessment> batch, Definitions defs,
                                           BiFunction<Assessment, AssessmentResult, AssessmentResult> run) {
        int n = batch.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.putIfAbsent(key(batch.get(i).commune().code(), batch.get(i).criteriaSet()), i);
        int[] companion = new int[n];
        for (int i = 0; i < n; i++) {
            String pre = defs.set(batch.get(i).criteriaSet()).prerequisiteSet();
            Integer j = pre == null ? null : index.get(key(batch.get(i).commune().code(), pre));
            companion[i] = j == null ? -1 : j;
        }
        AssessmentResult[] out = new AssessmentResult[n];
        List<Integer> pending = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        while (!pending.isEmpty()) {
            List<Integer> ready = pending.stream().filter(i -> companion[i] < 0 || out[companion[i]] != null).toList();
            // no progress cannot happen with distinct sets; evaluate the rest alone rather than loop
            List<Integer> now = ready.isEmpty() ? List.copyOf(pending) : ready;
            now.parallelStream().forEach(i -> out[i] = run.apply(batch.get(i),
                    companion[i] < 0 || ready.isEmpty() ? null : out[companion[i]]));
            pending.removeAll(now);
        }
        return List.of(out);
    }

    private static String key(String commune, String set) { return commune + "\u0000" + set; }
}
