package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.facts.AchievedCount;
import vn.ntm.core.facts.CriterionOutcome;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.MissingEvidence;
import vn.ntm.core.facts.PollBlocker;
import vn.ntm.core.facts.PollReady;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.facts.RecognitionCondition;

/** What the rules derived in one session, sorted by kind. */
final class Collected {
    final Map<String, List<IndicatorOutcome>> indicators = new HashMap<>();
    final Map<String, CriterionOutcome> criteria = new HashMap<>();
    final List<MissingEvidence> missing = new ArrayList<>();
    final List<PollBlocker> blockers = new ArrayList<>();
    final List<RecognitionCondition> recognition = new ArrayList<>(6);
    AchievedCount achieved;
    PollReady ready;
    PrerequisiteFact prerequisite;

    /** Every kind of fact {@link #add} keeps: what {@link DerivedFacts} reads back from a session. */
    static final List<Class<?>> KINDS = List.of(IndicatorOutcome.class, CriterionOutcome.class, MissingEvidence.class,
            PollBlocker.class, AchievedCount.class, PollReady.class, PrerequisiteFact.class, RecognitionCondition.class);

    void add(Object o) {
        if (o instanceof IndicatorOutcome i) {
            indicators.computeIfAbsent(i.getCode(), k -> new ArrayList<>(1)).add(i);
        } else if (o instanceof CriterionOutcome c) {
            if (criteria.put(c.getCode(), c) != null) {
                throw new IllegalStateException("criterion " + c.getCode() + " was given two statuses by the rules");
            }
        } else if (o instanceof MissingEvidence m) {
            missing.add(m);
        } else if (o instanceof PollBlocker b) {
            blockers.add(b);
        } else if (o instanceof AchievedCount a) {
            achieved = a;
        } else if (o instanceof PollReady r) {
            ready = r;
        } else if (o instanceof PrerequisiteFact p) {
            prerequisite = p;
        } else if (o instanceof RecognitionCondition r) {
            recognition.add(r);
        }
    }
}
