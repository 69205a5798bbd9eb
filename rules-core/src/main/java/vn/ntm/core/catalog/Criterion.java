package vn.ntm.core.catalog;

import java.util.List;

/** One tiêu chí of a criteria set with its indicators in catalog order. */
public record Criterion(String code, String nameVi, String nameEn, String group, Confidence confidence,
                        List<Indicator> indicators) {
    public Criterion {
        indicators = List.copyOf(indicators);
    }

    /** The criterion as the letter names it: "Số 3 – Thủy lợi và phòng, chống thiên tai". */
    public String label() { return "Số " + code + " – " + nameVi; }
}
