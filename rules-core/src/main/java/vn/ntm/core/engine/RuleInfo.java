package vn.ntm.core.engine;

/** An indicator rule as the compiled rule base describes it: its name and the legal reference in its metadata. */
public record RuleInfo(String pkg, String name, String indicator, String legalRef) {
}
