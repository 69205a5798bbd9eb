package vn.ntm.core.facts;

/** One reason the commune is not ready for the satisfaction poll. */
public final class PollBlocker {
    private final BlockerKind kind;
    private final String ref;

    public PollBlocker(BlockerKind kind, String ref) {
        this.kind = kind;
        this.ref = ref;
    }

    public static PollBlocker criterion(CriterionOutcome o) {
        return new PollBlocker(o.getStatus() == CriterionStatus.INCOMPLETE
                ? BlockerKind.CRITERION_INCOMPLETE : BlockerKind.CRITERION_NOT_ACHIEVED, o.getCode());
    }

    public static PollBlocker evidence(MissingEvidence m) {
        return new PollBlocker(BlockerKind.EVIDENCE_MISSING, m.getIndicator() + ":" + m.getRequirement().code());
    }

    /** The commune is not (known to be) recognised under the set the assessed set builds on. */
    public static PollBlocker prerequisite(PrerequisiteFact p) {
        return new PollBlocker(BlockerKind.PREREQUISITE_NOT_MET, "prerequisite:" + p.getRequiredSet());
    }

    public BlockerKind getKind() { return kind; }

    public String getRef() { return ref; }
}
