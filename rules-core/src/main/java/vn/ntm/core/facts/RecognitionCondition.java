package vn.ntm.core.facts;

import java.util.List;
import vn.ntm.core.engine.Parameters;
import vn.ntm.core.result.Blocker;

/**
 * What one recognition rule of the law module decided: the condition's state and, unless it is met, the blocker
 * to show. Inserted by the rules; the engine only assembles them (in {@code order}) into the result's recognition.
 *
 * @param order  where the blocker goes among the others (the law module numbers its conditions)
 * @param rule   the deciding rule's legal reference, for the trace
 * @param used   the dated parameters the decision rested on
 */
public record RecognitionCondition(int order, String rule, State state, Blocker blocker, List<Parameters.Entry> used) {
    public enum State {
        MET,
        NOT_MET,
        /** a fact is missing: the outcome is undecidable unless another condition fails */
        UNKNOWN,
        /** no recognition facts given at all: not yet decidable, whatever else fails (contract ntm-result/1) */
        NOT_GIVEN
    }

    public RecognitionCondition {
        used = used == null ? List.of() : List.copyOf(used);
    }

    public static RecognitionCondition met(int order, String rule, List<Parameters.Entry> used) {
        return new RecognitionCondition(order, rule, State.MET, null, used);
    }

    public static RecognitionCondition notMet(int order, String rule, BlockerKind kind, String ref, String vi, String en,
                                              List<Parameters.Entry> used) {
        return new RecognitionCondition(order, rule, State.NOT_MET, new Blocker(kind, ref, vi, en), used);
    }

    public static RecognitionCondition unknown(int order, String rule, BlockerKind kind, String ref, String vi, String en) {
        return new RecognitionCondition(order, rule, State.UNKNOWN, new Blocker(kind, ref, vi, en, true), null);
    }

    public static RecognitionCondition notGiven(int order, String rule, BlockerKind kind, String ref, String vi, String en) {
        return new RecognitionCondition(order, rule, State.NOT_GIVEN, new Blocker(kind, ref, vi, en, true), null);
    }

    /** The set this one builds on is not (known to be) met: the blocker is the poll readiness one, placed by the engine. */
    public static RecognitionCondition prerequisite(int order, String rule, PrerequisiteFact p) {
        return new RecognitionCondition(order, rule, p.isKnown() ? State.NOT_MET : State.UNKNOWN, null, null);
    }
}
