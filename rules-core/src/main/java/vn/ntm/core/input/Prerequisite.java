package vn.ntm.core.input;

import java.time.LocalDate;

/**
 * The commune's recognition under the set that the assessed set builds on (e.g. xã NTM before xã NTM nâng cao):
 * the set, the recognising decision ("QĐ số …/QĐ-UBND") and its date (null if not known).
 */
public record Prerequisite(String criteriaSet, String recognisedBy, LocalDate date) {
}
