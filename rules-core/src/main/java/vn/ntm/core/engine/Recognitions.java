package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.RecognitionCondition;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.ParameterUse;
import vn.ntm.core.result.Recognition;

/**
 * Assembles what the law module's recognition rules decided into the result's {@code recognition}: the blockers in
 * the rules' order, the parameters used, and three-valued logic over the conditions (a failed condition decides;
 * otherwise a missing fact leaves it undecidable; without any recognition facts it is not yet decidable). Mechanism
 * only: which conditions exist is the rules'.
 */
final class Recognitions {
    private Recognitions() { }

    static Recognition assemble(List<RecognitionCondition> decided, List<Blocker> pollBlockers) {
        List<RecognitionCondition> conditions = new ArrayList<>(decided);
        conditions.sort(Comparator.comparingInt(RecognitionCondition::order));
        List<Blocker> blockers = new ArrayList<>();
        Map<String, ParameterUse> used = new LinkedHashMap<>();
        boolean failed = false;
        boolean unknown = false;
        boolean notGiven = false;
        for (RecognitionCondition c : conditions) {
            switch (c.state()) {
                case NOT_MET -> failed = true;
                case UNKNOWN -> unknown = true;
                case NOT_GIVEN -> notGiven = true;
                case MET -> { }
            }
            if (c.state() == RecognitionCondition.State.MET) {
                c.used().forEach(e -> used.putIfAbsent(e.name(), use(e)));
                continue;
            }
            if (c.blocker() != null) {
                blockers.add(c.blocker());
            } else {
                // a condition resting on the set this one builds on: its blocker is the poll readiness one
                for (Blocker b : pollBlockers) if (b.kind() == BlockerKind.PREREQUISITE_NOT_MET) blockers.add(b);
            }
            c.used().forEach(e -> used.putIfAbsent(e.name(), use(e)));
        }
        boolean decidable = !notGiven && (failed || !unknown);
        boolean eligible = decidable && !failed && blockers.isEmpty();
        return new Recognition(eligible, decidable, blockers, new ArrayList<>(used.values()));
    }

    private static ParameterUse use(Parameters.Entry e) {
        return new ParameterUse(e.name(), e.value(), e.verification() == Verification.VERIFIED, e.citation(), e.basis());
    }
}
