package vn.ntm.core.catalog;

/**
 * A document the indicator's dossier (hồ sơ minh chứng) needs.
 *
 * @param assumed true where the reference is silent and the document is our reasonable reading of a dossier
 */
public record EvidenceRequirement(String indicator, String code, String titleVi, String titleEn,
                                  boolean assumed, String basis) {
}
