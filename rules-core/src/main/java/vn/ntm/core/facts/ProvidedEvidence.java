package vn.ntm.core.facts;

/** A document the commune has put in an indicator's dossier. */
public final class ProvidedEvidence {
    private final String indicator;
    private final String document;

    public ProvidedEvidence(String indicator, String document) {
        this.indicator = indicator;
        this.document = document;
    }

    public String getIndicator() { return indicator; }

    public String getDocument() { return document; }
}
