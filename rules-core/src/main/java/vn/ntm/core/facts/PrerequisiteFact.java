package vn.ntm.core.facts;

/**
 * Whether the commune meets the set its assessed set builds on. Inserted only for sets that name a prerequisite set.
 * MET: a recognition record of that set, or a companion assessment that achieves all its criteria and meets its own
 * prerequisite; NOT_MET: a companion assessment that fails (this wins over a record); UNKNOWN: neither given, or a
 * companion short only of data (missing data, never a fail).
 */
public final class PrerequisiteFact {
    public enum State { MET, NOT_MET, UNKNOWN }

    private final String requiredSet;
    private final String ref;
    private final State state;
    private final String how;
    private final String howEn;
    private String contradiction;
    private String contradictionEn;

    public PrerequisiteFact(String requiredSet, String ref, State state, String how, String howEn) {
        this.requiredSet = requiredSet;
        this.ref = ref;
        this.state = state;
        this.how = how;
        this.howEn = howEn;
    }

    /** Marks that a recognition record was given but a companion assessment shows the set is not met now. */
    public void contradicts(String vi, String en) {
        this.contradiction = vi;
        this.contradictionEn = en;
    }

    /** Why a recognition record was overruled by a failing companion, or null. */
    public String getContradiction() { return contradiction; }

    public String getContradictionEn() { return contradictionEn; }

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
