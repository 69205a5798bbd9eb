package vn.ntm.core.catalog;

import java.util.List;

/**
 * One chỉ tiêu of a criteria set, as the catalog data describes it.
 *
 * @param fromPrerequisite decided by the rules from the prerequisite set (e.g. kiểu mẫu condition 1), never from an
 *                         input value: a value given for it is an input error rather than silently ignored
 */
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
        List<EvidenceRequirement> evidence,
        boolean fromPrerequisite) {

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
                source, doubt, parts, docs, fromPrerequisite);
    }
}
