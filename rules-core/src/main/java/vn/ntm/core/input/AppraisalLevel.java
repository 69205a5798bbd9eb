package vn.ntm.core.input;

/** Who confirmed a result: the commune itself, the district (thẩm tra) or the province (thẩm định). */
public enum AppraisalLevel {
    NONE("chưa thẩm định", "none"),
    SELF("xã tự đánh giá", "self-assessed"),
    DISTRICT("huyện thẩm tra", "district verified"),
    PROVINCE("tỉnh thẩm định", "province appraised");

    private final String vi;
    private final String en;

    AppraisalLevel(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() { return vi; }

    public String en() { return en; }
}
