package vn.ntm.core.catalog;

import java.util.List;

/** One chỉ tiêu of a criteria set, as the catalog data describes it. */
public record Indicator(
        String code,
        String criterion,
        String nameVi,
        String nameEn,
        String unit,
        Comparator comparator,
        boolean conditional,
        Confidence confidence,
        String source,
        String doubt,
        List<Part> parts,
        List<EvidenceRequirement> evidence) {

    public Indicator {
        parts = parts == null ? List.of() : List.copyOf(parts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean isBoolean() { return comparator == Comparator.BOOLEAN; }

    public boolean isComposite() { return comparator == Comparator.COMPOSITE; }

    public boolean isPercent() { return unit != null && unit.startsWith("%"); }

    public Part part(String name) {
        for (Part p : parts) if (p.name().equals(name)) return p;
        return null;
    }

    Indicator withEvidence(List<EvidenceRequirement> docs) {
        return new Indicator(code, criterion, nameVi, nameEn, unit, comparator, conditional, confidence,
                source, doubt, parts, docs);
    }
}
