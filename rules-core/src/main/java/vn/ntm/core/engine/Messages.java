package vn.ntm.core.engine;

import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.result.Blocker;

/** Blocker texts: Vietnamese for the official, English alongside. */
final class Messages {
    /** Opens the message of a prerequisite that is unknown (no record, no companion) rather than failed. */
    static final String PREREQUISITE_UNKNOWN = "Chưa có thông tin xã đã được công nhận";

    private Messages() { }

    /** Whether a PREREQUISITE_NOT_MET blocker says the prerequisite is unknown rather than failed. */
    static boolean unknownPrerequisite(Blocker b) { return b.message().startsWith(PREREQUISITE_UNKNOWN); }

    static Blocker criterionBlocker(BlockerKind kind, Criterion c) {
        if (kind == BlockerKind.CRITERION_INCOMPLETE) {
            return new Blocker(kind, c.code(), "Tiêu chí " + c.label() + " chưa đủ số liệu để đánh giá",
                    "Criterion " + c.code() + " (" + c.nameEn() + ") lacks data to be decided");
        }
        return new Blocker(kind, c.code(), "Tiêu chí " + c.label() + " chưa đạt",
                "Criterion " + c.code() + " (" + c.nameEn() + ") is not achieved");
    }

    static Blocker prerequisiteBlocker(CriteriaSet set, CriteriaSet required, PrerequisiteFact p) {
        String how = p.getHow() == null ? "" : " (" + p.getHow() + ")";
        String howEn = p.getHowEn() == null ? "" : " (" + p.getHowEn() + ")";
        // UNKNOWN may still carry how (a companion short of data): say so
        String vi = p.isKnown()
                ? "Xã chưa đạt chuẩn theo " + required.nameVi() + how + ": chưa đủ điều kiện xét " + set.nameVi() + " [" + p.getRef() + "]"
                : PREREQUISITE_UNKNOWN + " đạt chuẩn theo " + required.nameVi()
                        + how + " (cần quyết định công nhận hoặc kết quả đánh giá kèm theo đủ số liệu) [" + p.getRef() + "]";
        String en = p.isKnown()
                ? "The commune does not meet " + required.nameEn() + howEn + ", the prerequisite of " + set.nameEn()
                : "No record that the commune is recognised under " + required.nameEn() + howEn
                        + " (give the recognition decision or a companion assessment), the prerequisite of " + set.nameEn();
        return new Blocker(BlockerKind.PREREQUISITE_NOT_MET, "prerequisite:" + required.id(), vi, en);
    }

    static Blocker evidenceBlocker(Indicator i, EvidenceRequirement r) {
        return new Blocker(BlockerKind.EVIDENCE_MISSING, i.code() + ":" + r.code(),
                "Chỉ tiêu " + i.code() + ": còn thiếu hồ sơ minh chứng " + r.code() + " – " + r.titleVi(),
                "Indicator " + i.code() + ": evidence " + r.code() + " (" + r.titleEn() + ") is missing");
    }
}
