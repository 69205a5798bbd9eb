package vn.ntm.core.workflow;

/**
 * Where a criterion stands in the district's follow-up, as the Hữu Lũng letter of 9/2024 sorts them.
 * Every criterion falls in exactly one group.
 */
public enum AppraisalGroup {
    /** Appraised as achieved by the province (thẩm định): nothing left but to keep it up. */
    APPRAISED("đã được tỉnh thẩm định đạt", "appraised by the province"),
    /** Achieved but not yet appraised by the province: complete the dossier (hồ sơ minh chứng). */
    ACHIEVED_NOT_APPRAISED("đã đạt, chưa thẩm định: duy trì, hoàn thiện hồ sơ minh chứng",
            "achieved, not yet appraised: keep it up, complete the dossier"),
    /** Not achieved (or not decidable yet): achieve it and complete its dossier. */
    TO_ACHIEVE("chưa đạt: đẩy nhanh tiến độ, hoàn thành tiêu chí và hồ sơ minh chứng",
            "not achieved: achieve it and complete its dossier");

    private final String vi;
    private final String en;

    AppraisalGroup(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() { return vi; }

    public String en() { return en; }
}
