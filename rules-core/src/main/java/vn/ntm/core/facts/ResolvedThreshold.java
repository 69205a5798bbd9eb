package vn.ntm.core.facts;

import java.util.Map;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;

/**
 * The level an indicator (or each part of a composite) is held to for one commune on one day.
 *
 * @param entry   the entry for a simple indicator (null for composites or when none is in force)
 * @param parts   for a composite: part name → entry (a part may map to null when none is in force)
 * @param unusable null when the level can decide (for a composite: when at least one part's can); otherwise why not
 */
public record ResolvedThreshold(ThresholdEntry entry, Map<String, ThresholdEntry> parts, NoDataReason unusable) {

    public boolean usable() { return unusable == null; }

    /** True only when every level used is one the law module verified against the official text. */
    public boolean verified() {
        if (entry != null) return entry.verification() == Verification.VERIFIED;
        if (parts == null || parts.isEmpty()) return false;
        for (ThresholdEntry e : parts.values()) {
            if (e == null || e.verification() != Verification.VERIFIED) return false;
        }
        return true;
    }

    /** Why one level cannot decide, or null when it can. */
    public static NoDataReason problem(ThresholdEntry e) {
        if (e == null) return NoDataReason.NO_THRESHOLD_IN_FORCE;
        if (e.kind() == LevelKind.UNKNOWN) return NoDataReason.THRESHOLD_UNKNOWN;
        return null;
    }
}
