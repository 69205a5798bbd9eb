package vn.ntm.desk;

import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;

/** Outcome words as the district's letters use them, with English alongside where there is room. */
public final class Labels {
    private Labels() { }

    public static String criterion(CriterionStatus s) {
        return switch (s) {
            case ACHIEVED -> "Đạt";
            case NOT_ACHIEVED -> "Chưa đạt";
            case INCOMPLETE -> "Chưa đủ số liệu";
        };
    }

    public static String criterionEn(CriterionStatus s) {
        return switch (s) {
            case ACHIEVED -> "achieved";
            case NOT_ACHIEVED -> "not achieved";
            case INCOMPLETE -> "incomplete data";
        };
    }

    public static String indicator(IndicatorStatus s) {
        return switch (s) {
            case PASS -> "Đạt";
            case FAIL -> "Không đạt";
            case NO_DATA -> "Chưa có số liệu";
            case NOT_APPLICABLE -> "Không áp dụng";
        };
    }

    public static String indicatorEn(IndicatorStatus s) {
        return switch (s) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NO_DATA -> "no data";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /** Fill colours (RGB hex) shared by the workbook and the page. */
    public static String colour(CriterionStatus s) {
        return switch (s) {
            case ACHIEVED -> "C6EFCE";
            case NOT_ACHIEVED -> "FFC7CE";
            case INCOMPLETE -> "FFEB9C";
        };
    }

    public static String colour(IndicatorStatus s) {
        return switch (s) {
            case PASS -> "C6EFCE";
            case FAIL -> "FFC7CE";
            case NO_DATA -> "FFEB9C";
            case NOT_APPLICABLE -> "E7E6E6";
        };
    }

    public static String verified(boolean v) { return v ? "Đã kiểm chứng" : "Tạm tính"; }
}
