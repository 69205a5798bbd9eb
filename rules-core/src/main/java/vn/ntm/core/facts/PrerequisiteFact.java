package vn.ntm.core.facts;

/**
 * Whether the commune meets the set its assessed set builds on. Inserted only for sets that name a prerequisite set.
 * MET: a recognition record of that set, or a companion assessment in the same batch that achieves all its criteria;
 * NOT_MET: a companion assessment that does not; UNKNOWN: neither given (missing data, never a fail).
 */
public final class PrerequisiteFact {
    public enum State { MET, NOT_MET, UNKNOWN }

    private final String requiredSet;
    private final String ref;
    private final State state;
    private final String how;
    private final String howEn;

    public PrerequisiteFact(String requiredSet, String ref, State state, String how, String howEn) {
        this.requiredSet = requiredSet;
        this.ref = ref;
        this.state = state;
        this.how = how;
        this.howEn = howEn;
    }

    public String getRequiredSet() { return requiredSet; }

    /** The legal reference that requires the prerequisite. */
    public String getRef() { return ref; }

    public State getState() { return state; }

    public boolean isMet() { return state == State.MET; }

    public boolean isKnown() { return state != State.UNKNOWN; }

    /** How it was established: the recognition decision, or the companion's achieved count. */
    public String getHow() { return how; }

    public String getHowEn() { return howEn; }

    @Override
    public String toString() { return "Prerequisite[" + requiredSet + "=" + state + "]"; }
}
