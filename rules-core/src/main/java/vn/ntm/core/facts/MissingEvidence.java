package vn.ntm.core.facts;

import vn.ntm.core.catalog.EvidenceRequirement;

/** A required dossier document not yet provided. */
public final class MissingEvidence {
    private final String indicator;
    private final EvidenceRequirement requirement;

    public MissingEvidence(String indicator, EvidenceRequirement requirement) {
        this.indicator = indicator;
        this.requirement = requirement;
    }

    public String getIndicator() { return indicator; }

    public EvidenceRequirement getRequirement() { return requirement; }
}
