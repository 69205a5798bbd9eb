package vn.ntm.core.engine;

import java.time.LocalDate;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Prerequisite;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;

/**
 * Sets that build on another set (nâng cao on xã NTM, kiểu mẫu on nâng cao): which companion assessment may stand
 * for the prerequisite, and what it and a recognition record together establish. Every entry point (one assessment,
 * a list, a stream of a batch, the command line) goes through {@link #usable} and {@link #prerequisite}.
 */
final class Companions {
    private Companions() { }

    /**
     * What a companion assessment says about its own set, reduced to what a dependent needs: small enough to keep for
     * every companion of a large batch.
     */
    record Summary(LocalDate assessedOn, int achieved, int count, PrerequisiteFact.State state) {
        static Summary of(AssessmentResult r) {
            boolean failed = r.criteria().stream().anyMatch(c -> c.status() == CriterionStatus.NOT_ACHIEVED);
            PrerequisiteFact.State own = PrerequisiteFact.State.MET;
            for (Blocker b : r.pollReadiness().blockers()) {
                if (b.kind() != BlockerKind.PREREQUISITE_NOT_MET) continue;
                own = b.undecided() ? PrerequisiteFact.State.UNKNOWN : PrerequisiteFact.State.NOT_MET;
            }
            // the whole chain: a companion is only as good as its own prerequisite (319 asks for a nâng cao commune,
            // which is xã NTM first); a fail anywhere is a fail, missing data anywhere leaves it unknown
            PrerequisiteFact.State state = failed || own == PrerequisiteFact.State.NOT_MET ? PrerequisiteFact.State.NOT_MET
                    : r.achievedCount() == r.criteriaCount() && own == PrerequisiteFact.State.MET ? PrerequisiteFact.State.MET
                    : PrerequisiteFact.State.UNKNOWN;
            return new Summary(r.assessedOn(), r.achievedCount(), r.criteriaCount(), state);
        }
    }

    /**
     * The selection rule: a companion is an assessment of the same commune under the prerequisite set, dated on or
     * before the assessment itself (a later one says nothing about the assessment's day). Among several, the latest
     * date wins; of two on the same day, the later in input order.
     */
    static boolean usable(CriteriaSet set, AssessmentSource.Key of, AssessmentSource.Key candidate) {
        return set.prerequisiteSet() != null && candidate != null
                && set.prerequisiteSet().equals(candidate.criteriaSet())
                && of.commune().equals(candidate.commune())
                && !candidate.assessedOn().isAfter(of.assessedOn());
    }

    /** The companion's summary when the selection rule lets it count for this assessment, else null. */
    static Summary summaryFor(CriteriaSet set, Assessment a, AssessmentResult companion) {
        return companion != null && usable(set, key(a), key(companion)) ? Summary.of(companion) : null;
    }

    static AssessmentSource.Key key(Assessment a) {
        return new AssessmentSource.Key(a.commune().code(), a.criteriaSet(), a.assessedOn());
    }

    static AssessmentSource.Key key(AssessmentResult r) {
        return new AssessmentSource.Key(r.commune().code(), r.criteriaSet(), r.assessedOn());
    }

    /**
     * The prerequisite as established by the recognition record and the companion (null when none is usable). A
     * recognised commune must keep meeting the set: a companion that fails it wins over the record, with a warning.
     * A companion short only of data leaves a record standing, and without a record leaves the prerequisite unknown.
     */
    static PrerequisiteFact prerequisite(CriteriaSet set, Assessment a, Summary companion) {
        String required = set.prerequisiteSet();
        Prerequisite p = a.prerequisite();
        boolean recorded = p != null && required.equals(p.criteriaSet());
        String recordVi = recorded ? "đã được công nhận theo " + p.recognisedBy() + (p.date() == null ? "" : " ngày " + p.date()) : null;
        String recordEn = recorded ? "recognised by " + p.recognisedBy() + (p.date() == null ? "" : " of " + p.date()) : null;
        if (companion == null) {
            return recorded
                    ? new PrerequisiteFact(required, set.prerequisiteRef(), PrerequisiteFact.State.MET, recordVi, recordEn)
                    : new PrerequisiteFact(required, set.prerequisiteRef(), PrerequisiteFact.State.UNKNOWN, null, null);
        }
        String howVi = "đánh giá kèm theo ngày " + companion.assessedOn() + ": đạt " + companion.achieved() + "/"
                + companion.count() + " tiêu chí" + chainVi(companion);
        String howEn = "companion assessment of " + companion.assessedOn() + ": " + companion.achieved() + "/"
                + companion.count() + " criteria achieved" + chainEn(companion);
        if (recorded && companion.state() != PrerequisiteFact.State.NOT_MET) {
            return new PrerequisiteFact(required, set.prerequisiteRef(), PrerequisiteFact.State.MET, recordVi, recordEn);
        }
        PrerequisiteFact f = new PrerequisiteFact(required, set.prerequisiteRef(), companion.state(), howVi, howEn);
        if (recorded) {
            f.contradicts("Xã " + recordVi + " nhưng " + howVi + ": xã phải duy trì đạt chuẩn, nên coi là chưa đạt bộ tiêu chí tiền đề",
                    "The commune is " + recordEn + " but the " + howEn + ": a recognised commune must keep meeting the set,"
                            + " so the prerequisite is taken as not met");
        }
        return f;
    }

    private static String chainVi(Summary s) {
        return s.achieved() == s.count() && s.state() != PrerequisiteFact.State.MET ? ", nhưng chưa đạt bộ tiêu chí tiền đề của nó" : "";
    }

    private static String chainEn(Summary s) {
        return s.achieved() == s.count() && s.state() != PrerequisiteFact.State.MET ? ", but its own prerequisite set is not met" : "";
    }
}
