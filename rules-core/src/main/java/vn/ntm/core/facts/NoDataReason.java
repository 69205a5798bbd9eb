package vn.ntm.core.facts;

/** Why an indicator could not be decided. Missing data is never a fail. */
public enum NoDataReason {
    NO_VALUE("chưa có số liệu", "no value reported"),
    PREREQUISITE_UNKNOWN("chưa rõ xã đã đạt bộ tiêu chí tiền đề (cần quyết định công nhận hoặc kết quả đánh giá kèm theo đủ số liệu)",
            "not known whether the commune meets the prerequisite set (give the recognition decision or a complete companion assessment)"),
    PART_MISSING("thiếu số liệu thành phần", "a part of the value is missing"),
    NO_THRESHOLD_IN_FORCE("không có mức quy định hiệu lực tại ngày đánh giá", "no threshold in force on the assessment date"),
    THRESHOLD_UNKNOWN("mức quy định chưa xác định được", "the official threshold is not known"),
    THRESHOLD_UNVERIFIED_STRICT("kết quả dựa trên mức tạm tính, chưa chắc chắn (chế độ nghiêm ngặt)",
            "the outcome rests on a provisional level and is not certain (strict mode)"),
    NO_RULE("không có quy tắc cho chỉ tiêu", "no rule decided this indicator");

    private final String vi;
    private final String en;

    NoDataReason(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() { return vi; }

    public String en() { return en; }
}
