package vn.ntm.core.catalog;

/** A named part of a composite indicator (e.g. clean water overall and from centralised supply). */
public record Part(String name, String nameVi, String nameEn, String unit, Comparator comparator) {
    public boolean isPercent() { return unit != null && unit.startsWith("%"); }
}
