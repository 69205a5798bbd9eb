package vn.ntm.core.facts;

import java.util.Map;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;

/**
 * The threshold an indicator (or each part of a composite) is held to for one commune on one day.
 *
 * @param entry   the entry for a simple indicator (null for composites or when none is in force)
 * @param parts   for a composite: part name → entry (a part may map to null when none is in force)
 * @param unusable null when the threshold can decide; otherwise why it cannot
 */
public record ResolvedThreshold(ThresholdEntry entry, Map<String, ThresholdEntry> parts, NoDataReason unusable) {

    public boolean usable() { return unusable == null; }

    /** True only when every value used is verified against the official text. */
    public boolean verified() {
        if (entry != null) return entry.verification() == Verification.VERIFIED;
        if (parts == null || parts.isEmpty()) return false;
        for (ThresholdEntry e : parts.values()) {
            if (e == null || e.verification() != Verification.VERIFIED) return false;
        }
        return true;
    }
}
