package vn.ntm.core.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.EvidenceRef;

/**
 * The parts of a result that depend on the criteria set only (blocker messages, missing-document references, each
 * indicator's rule), made once per set and shared: they are immutable records, and rebuilding their strings for
 * every commune was a measurable share of result building.
 */
final class ResultConstants {
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final Map<String, Blocker> notAchieved = new HashMap<>();
    private final Map<String, Blocker> incomplete = new HashMap<>();
    /** Keyed by the catalog's own requirement objects, which the rules hand back unchanged. */
    private final Map<EvidenceRequirement, Blocker> evidenceBlockers = new IdentityHashMap<>();
    private final Map<EvidenceRequirement, EvidenceRef> refs = new IdentityHashMap<>();
    private final Map<EvidenceRequirement, EvidenceRef> indicatorRefs = new IdentityHashMap<>();

    ResultConstants(Definitions defs, CriteriaSet set) {
        for (Criterion c : set.criteria()) {
            notAchieved.put(c.code(), Messages.criterionBlocker(BlockerKind.CRITERION_NOT_ACHIEVED, c));
            incomplete.put(c.code(), Messages.criterionBlocker(BlockerKind.CRITERION_INCOMPLETE, c));
            for (Indicator i : c.indicators()) {
                rules.put(i.code(), defs.rule(set.id(), i.code()));
                for (EvidenceRequirement r : i.evidence()) {
                    evidenceBlockers.put(r, Messages.evidenceBlocker(i, r));
                    refs.put(r, ref(null, r));
                    indicatorRefs.put(r, ref(i.code(), r));
                }
            }
        }
    }

    RuleInfo rule(String indicator) { return rules.get(indicator); }

    Blocker criterionBlocker(BlockerKind kind, Criterion c) {
        if (kind == BlockerKind.CRITERION_INCOMPLETE) return incomplete.get(c.code());
        if (kind == BlockerKind.CRITERION_NOT_ACHIEVED) return notAchieved.get(c.code());
        return Messages.criterionBlocker(kind, c);
    }

    Blocker evidenceBlocker(Indicator i, EvidenceRequirement r) {
        Blocker b = evidenceBlockers.get(r);
        return b != null ? b : Messages.evidenceBlocker(i, r);
    }

    /** The missing document as listed under its indicator (no indicator code). */
    EvidenceRef ref(EvidenceRequirement r) {
        EvidenceRef e = refs.get(r);
        return e != null ? e : ref(null, r);
    }

    /** The missing document as listed in the result's overall list (with its indicator code). */
    EvidenceRef indicatorRef(String indicator, EvidenceRequirement r) {
        EvidenceRef e = indicatorRefs.get(r);
        return e != null ? e : ref(indicator, r);
    }

    private static EvidenceRef ref(String indicator, EvidenceRequirement r) {
        return new EvidenceRef(indicator, r.code(), r.titleVi(), r.titleEn(), r.assumed());
    }
}
