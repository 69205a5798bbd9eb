package vn.ntm.core.catalog;

/** How an indicator's value is held against its threshold. */
public enum Comparator {
    /** higher is better: value ≥ threshold */
    AT_LEAST("≥"),
    /** lower is better: value ≤ threshold */
    AT_MOST("≤"),
    /** "Đạt": the value must be true */
    BOOLEAN("Đạt"),
    /** an object of named parts, each with its own comparator and threshold; all must pass */
    COMPOSITE("tất cả thành phần");

    private final String symbol;

    Comparator(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }
}
