package vn.ntm.desk;

import java.util.List;
import java.util.Locale;
import vn.ntm.core.catalog.CriteriaSet;

/**
 * Where things are in the workbook an official fills in. Writer and reader share it, so a template read back finds
 * every cell where it was written. Column A holds the contract's field name or the indicator code of each row, which
 * is what the reader goes by (rows may be moved or hidden).
 */
final class Layout {
    private Layout() { }

    static final int COL_KEY = 0;
    static final int COL_PART = 1;
    static final int COL_NAME = 2;
    static final int COL_UNIT = 3;
    static final int COL_LEVEL = 4;
    static final int FIRST_COMMUNE = 5;

    /** The row whose column B names the criteria set of the sheet. */
    static final String SET_KEY = "criteriaSet";
    /** Column A of a criterion's heading row (criterion 5 and indicator 5 share a code). */
    static final String CRITERION_PREFIX = "Tiêu chí ";

    static final String INSTRUCTIONS = "Hướng dẫn";
    static final String EVIDENCE = "Hồ sơ minh chứng";
    static final String APPRAISALS = "Thẩm tra, thẩm định";
    static final String DOSSIER = "Danh mục hồ sơ";
    static final String VILLAGES = "Thôn";

    static final String YES = "Đạt";
    static final String NO = "Không đạt";
    static final String NOT_APPLICABLE = "Không áp dụng";
    static final String TRUE = "Có";
    static final String FALSE = "Không";

    /** The kind of value a header row holds. */
    enum Kind { TEXT, REGION, CATEGORIES, DATE, YES_NO, WHOLE }

    /** One header row of a set sheet: the contract path it fills, its label, its kind. */
    record Field(String path, String label, Kind kind) { }

    static final List<Field> COMMUNE_FIELDS = List.of(
            new Field("commune.code", "Mã xã (commune code)", Kind.TEXT),
            new Field("commune.name", "Tên xã (commune name)", Kind.TEXT),
            new Field("commune.district", "Huyện (district)", Kind.TEXT),
            new Field("commune.province", "Tỉnh (province)", Kind.TEXT),
            new Field("commune.region", "Vùng (region): TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL", Kind.REGION),
            new Field("commune.categories", "Loại xã (category): DBKK, ATK hoặc để trống", Kind.CATEGORIES),
            new Field("assessedOn", "Ngày đánh giá (assessment date)", Kind.DATE));

    static final List<Field> PREREQUISITE_FIELDS = List.of(
            new Field("prerequisite.recognisedBy", "Quyết định công nhận đạt bộ tiêu chí trước (recognition decision)", Kind.TEXT),
            new Field("prerequisite.date", "Ngày công nhận (recognition date)", Kind.DATE));

    static final List<Field> RECOGNITION_FIELDS = List.of(
            new Field("recognition.outstandingConstructionDebt", "Còn nợ đọng xây dựng cơ bản? (outstanding construction debt) Có/Không", Kind.YES_NO),
            new Field("recognition.securityOrderComplicated", "An ninh trật tự phức tạp? (security complicated) Có/Không", Kind.YES_NO),
            new Field("recognition.satisfactionPoll.households", "Lấy ý kiến: số hộ (poll: households)", Kind.WHOLE),
            new Field("recognition.satisfactionPoll.respondents", "Lấy ý kiến: số hộ được hỏi (respondents)", Kind.WHOLE),
            new Field("recognition.satisfactionPoll.satisfied", "Lấy ý kiến: số hộ hài lòng (satisfied)", Kind.WHOLE));

    /** Evidence sheet columns (row 3 on). */
    static final List<String> EVIDENCE_COLUMNS = List.of("Bộ tiêu chí (criteria set)", "Mã xã (commune code)",
            "Chỉ tiêu (indicator)", "Mã hồ sơ (document)", "Tên hồ sơ (title)", "Số, ký hiệu (reference)", "Ngày (date)");
    /** Appraisal sheet columns (row 3 on). */
    static final List<String> APPRAISAL_COLUMNS = List.of("Bộ tiêu chí (criteria set)", "Mã xã (commune code)",
            "Tiêu chí / chỉ tiêu (criterion or indicator)", "Cấp (level)", "Ngày (date)", "Kết quả (outcome)");
    /** Village sheet columns (row 3 on): one row per commune, village and indicator field (ntm-assessment/1 villages). */
    static final List<String> VILLAGE_COLUMNS = List.of("Bộ tiêu chí (criteria set)", "Mã xã (commune code)",
            "Mã thôn (village code)", "Tên thôn (village name)", "Chỉ tiêu (indicator)", "Trường (field)", "Số hộ (households)");
    static final int TABLE_HEADER_ROW = 2;

    /** Appraisal levels as officials write them; the contract's names in the same order. */
    static final List<String> LEVELS_VI = List.of("Xã tự đánh giá", "Huyện thẩm tra", "Tỉnh thẩm định");
    static final List<String> LEVELS = List.of("SELF", "DISTRICT", "PROVINCE");

    /** A sheet name from the set's Vietnamese name: "Xã NTM", "Xã NTM nâng cao" (at most 31 characters). */
    static String sheetName(CriteriaSet set) { return sheetName(set.nameVi(), set.id()); }

    static String sheetName(String nameVi, String id) {
        String n = nameVi == null ? id : nameVi;
        int cut = n.indexOf(" giai đoạn");
        if (cut > 0) n = n.substring(0, cut);
        n = n.replaceFirst("^Bộ tiêu chí (quốc gia )?(về )?", "").replace("nông thôn mới", "NTM").replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        if (n.isEmpty()) n = id;
        n = n.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + n.substring(1);
        return n.length() > 31 ? n.substring(0, 31) : n;
    }
}
