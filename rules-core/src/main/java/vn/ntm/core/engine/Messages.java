package vn.ntm.core.engine;

import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.result.Blocker;

/** Blocker texts: Vietnamese for the official, English alongside. */
final class Messages {
    private Messages() { }

    static Blocker criterionBlocker(BlockerKind kind, Criterion c) {
        if (kind == BlockerKind.CRITERION_INCOMPLETE) {
            return new Blocker(kind, c.code(), "Tiêu chí " + c.label() + " chưa đủ số liệu để đánh giá",
                    "Criterion " + c.code() + " (" + c.nameEn() + ") lacks data to be decided");
        }
        return new Blocker(kind, c.code(), "Tiêu chí " + c.label() + " chưa đạt",
                "Criterion " + c.code() + " (" + c.nameEn() + ") is not achieved");
    }

    static Blocker evidenceBlocker(Indicator i, EvidenceRequirement r) {
        return new Blocker(BlockerKind.EVIDENCE_MISSING, i.code() + ":" + r.code(),
                "Chỉ tiêu " + i.code() + ": còn thiếu hồ sơ minh chứng " + r.code() + " – " + r.titleVi(),
                "Indicator " + i.code() + ": evidence " + r.code() + " (" + r.titleEn() + ") is missing");
    }
}
