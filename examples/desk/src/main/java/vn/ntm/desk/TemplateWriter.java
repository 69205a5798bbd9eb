package vn.ntm.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Appraisal;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.CommuneCategory;
import vn.ntm.core.input.EvidenceItem;

/**
 * Writes the workbook an official fills in: instructions; one sheet per criteria set laid out like the annex tables
 * (indicators as rows with code, name, unit and level; one column per commune) with data validation and locked
 * headers; sheets for evidence documents and appraisals; the dossier catalogue. Everything comes from the definitions.
 * Given assessments fill their commune's column and rows (a filled workbook, e.g. from JSON files).
 */
public final class TemplateWriter {
    private static final String HEADER_FILL = "DDE6F0";
    private static final String LOCKED_FILL = "EEEEEE";
    private static final String DATE_FORMAT = "dd/mm/yyyy";

    private final Definitions defs;
    private final LocalDate today;

    public TemplateWriter(Definitions defs, LocalDate today) {
        this.defs = defs;
        this.today = today;
    }

    /**
     * @param sets      criteria set ids, one sheet each, in this order
     * @param blank     empty commune columns to add on each set sheet
     * @param assessments filled columns (each on the sheet of its set, which is added when missing)
     */
    public void write(OutputStream out, List<String> sets, int blank, List<Assessment> assessments) throws IOException {
        List<String> ids = new ArrayList<>(sets);
        for (Assessment a : assessments) if (!ids.contains(a.criteriaSet())) ids.add(a.criteriaSet());
        for (String id : ids) {
            if (defs.set(id) == null) throw new IllegalArgumentException("unknown criteria set '" + id + "': one of " + defs.sets().keySet());
        }
        Workbook wb = new Workbook(out, "ntm", "1.0");
        instructions(wb.newWorksheet(Layout.INSTRUCTIONS), ids);
        for (String id : ids) {
            List<Assessment> mine = assessments.stream().filter(a -> a.criteriaSet().equals(id)).toList();
            setSheet(wb.newWorksheet(Layout.sheetName(defs.set(id))), defs.set(id), mine, blank);
        }
        evidenceSheet(wb.newWorksheet(Layout.EVIDENCE), ids, assessments);
        appraisalSheet(wb.newWorksheet(Layout.APPRAISALS), ids, assessments);
        new VillageSheet(defs).write(wb.newWorksheet(Layout.VILLAGES), ids, assessments);
        dossierSheet(wb.newWorksheet(Layout.DOSSIER), ids);
        wb.setActiveTab(ids.isEmpty() ? 0 : 1);
        wb.finish();
    }

    private void instructions(Worksheet ws, List<String> ids) {
        ws.width(0, 120);
        String[] lines = {
            "BIỂU NHẬP SỐ LIỆU ĐÁNH GIÁ XÃ NÔNG THÔN MỚI (workbook for the new rural commune criteria)",
            "",
            "1. Mỗi bộ tiêu chí có một trang (one sheet per criteria set): " + String.join("; ",
                    ids.stream().map(id -> Layout.sheetName(defs.set(id)) + " = " + defs.set(id).nameVi()).toList()) + ".",
            "2. Mỗi xã một cột, từ cột F (one column per commune, from column F). Điền mã xã, tên xã, huyện, tỉnh, vùng và ngày đánh giá ở các dòng đầu.",
            "3. Chỉ tiêu Đạt/Không đạt: chọn trong danh sách \"Đạt\" hoặc \"Không đạt\" (yes/no indicators: pick from the list).",
            "4. Chỉ tiêu tỷ lệ (%): nhập số từ 0 đến 100, ví dụ 83,5 — không nhập dạng 0,835 (percentages: a number 0–100).",
            "5. Chỉ tiêu đếm (số mô hình, lĩnh vực): nhập số nguyên (counts: whole numbers).",
            "6. Chỉ tiêu \"nếu có\" không có ở xã: chọn \"" + Layout.NOT_APPLICABLE + "\" (conditional indicators that do not apply).",
            "7. Chưa có số liệu: để trống. Ô trống là \"chưa có số liệu\", không bao giờ là \"không đạt\" hay số 0 (blank = no data, never a fail or a zero).",
            "8. Mức đạt chuẩn (cột E) lấy từ văn bản pháp lý; mức có dấu * là mức tạm tính, chưa đối chiếu văn bản gốc (levels with * are provisional).",
            "9. Trang \"" + Layout.EVIDENCE + "\": mỗi hồ sơ minh chứng một dòng; mã hồ sơ theo trang \"" + Layout.DOSSIER + "\" (one row per dossier document).",
            "10. Trang \"" + Layout.APPRAISALS + "\": mỗi lần thẩm tra (huyện) / thẩm định (tỉnh) một dòng, với ngày và kết quả (one row per appraisal).",
            "11. Ô tiêu đề bị khóa (header cells are locked); chỉ nhập vào ô trắng.",
            "12. Trang \"" + Layout.VILLAGES + "\": số liệu theo thôn cho chỉ tiêu tính từ các thôn, mỗi xã × thôn × trường một dòng, số nguyên "
                    + "(village figures: one row per commune, village and field; whole numbers). " + VillageSheet.allowed(defs, ids),
            "13. Đánh giá (evaluate): java -jar ntm.jar evaluate TỆP.xlsx — lỗi được báo theo trang và ô, ví dụ \"Xã NTM!F14\".",
        };
        for (int i = 0; i < lines.length; i++) {
            ws.value(i, 0, lines[i]);
            ws.style(i, 0).wrapText(true).set();
        }
        ws.style(0, 0).bold().fontSize(14).set();
    }

    private void setSheet(Worksheet ws, CriteriaSet set, List<Assessment> filled, int blank) {
        int communes = Math.max(1, filled.size() + blank);
        int lastCol = Layout.FIRST_COMMUNE + communes - 1;
        ws.width(Layout.COL_KEY, 16);
        ws.width(Layout.COL_PART, 12);
        ws.width(Layout.COL_NAME, 70);
        ws.width(Layout.COL_UNIT, 14);
        ws.width(Layout.COL_LEVEL, 26);
        for (int c = Layout.FIRST_COMMUNE; c <= lastCol; c++) ws.width(c, 16);

        ws.value(0, 0, "BIỂU ĐÁNH GIÁ MỨC ĐỘ ĐẠT CHUẨN — " + set.nameVi().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, Layout.COL_KEY, Layout.SET_KEY);
        ws.value(1, Layout.COL_PART, set.id());
        ws.value(1, Layout.COL_NAME, set.legalBasis());
        int r = 2;
        String[] heads = {"Mã / trường (code / field)", "Thành phần (part)", "Chỉ tiêu (indicator)", "Đơn vị (unit)", "Mức đạt chuẩn (level)"};
        for (int c = 0; c < heads.length; c++) ws.value(r, c, heads[c]);
        for (int i = 0; i < communes; i++) ws.value(r, Layout.FIRST_COMMUNE + i, "Xã " + (i + 1));
        ws.range(r, 0, r, lastCol).style().bold().fillColor(HEADER_FILL).wrapText(true).borderStyle("thin").set();
        r++;

        List<Layout.Field> fields = new ArrayList<>(Layout.COMMUNE_FIELDS);
        if (set.prerequisiteSet() != null) fields.addAll(Layout.PREREQUISITE_FIELDS);
        fields.addAll(Layout.RECOGNITION_FIELDS);
        for (Layout.Field f : fields) {
            ws.value(r, Layout.COL_KEY, f.path());
            ws.value(r, Layout.COL_NAME, f.label());
            lockedRow(ws, r, Layout.FIRST_COMMUNE - 1);
            inputCells(ws, r, Layout.FIRST_COMMUNE, lastCol);
            validateField(ws, r, lastCol, f.kind());
            for (int i = 0; i < filled.size(); i++) fieldValue(ws, r, Layout.FIRST_COMMUNE + i, f, filled.get(i));
            r++;
        }
        int freeze = r;
        List<Region> regions = filled.stream().map(a -> defs.thresholdRegion(a.commune(), set.id(), a.assessedOn())).distinct().toList();
        LocalDate day = filled.isEmpty() ? Levels.dayWithin(set.validFrom(), set.validTo(), today) : filled.get(0).assessedOn();
        ThresholdTable table = defs.thresholds(set.id());
        for (Criterion c : set.criteria()) {
            ws.value(r, Layout.COL_KEY, Layout.CRITERION_PREFIX + c.code());
            ws.value(r, Layout.COL_NAME, "Tiêu chí số " + c.code() + " – " + c.nameVi() + " (" + c.nameEn() + ")");
            ws.range(r, 0, r, lastCol).style().bold().fillColor(HEADER_FILL).set();
            r++;
            for (Indicator ind : c.indicators()) {
                ws.value(r, Layout.COL_KEY, ind.code());
                ws.value(r, Layout.COL_NAME, ind.nameVi() + (ind.conditional() ? " (nếu có)" : ""));
                ws.value(r, Layout.COL_UNIT, ind.unit());
                if (ind.fromPrerequisite()) {
                    ws.value(r, Layout.COL_LEVEL, "tự xác định từ bộ tiêu chí trước (decided from the prerequisite)");
                    lockedRow(ws, r, lastCol);
                    r++;
                    continue;
                }
                if (ind.isComposite()) {
                    lockedRow(ws, r, lastCol);
                    r++;
                    for (Part p : ind.parts()) {
                        ws.value(r, Layout.COL_KEY, ind.code());
                        ws.value(r, Layout.COL_PART, p.name());
                        ws.value(r, Layout.COL_NAME, "   – " + p.nameVi());
                        ws.value(r, Layout.COL_UNIT, p.unit());
                        ws.value(r, Layout.COL_LEVEL, Levels.text(table, ind, p, regions, day));
                        lockedRow(ws, r, Layout.FIRST_COMMUNE - 1);
                        inputCells(ws, r, Layout.FIRST_COMMUNE, lastCol);
                        validateNumber(ws, r, lastCol, p.isPercent(), isCount(p.unit()), ind.conditional());
                        for (int i = 0; i < filled.size(); i++) {
                            Assessment a = filled.get(i);
                            Object v = a.indicators().get(ind.code());
                            int col = Layout.FIRST_COMMUNE + i;
                            if (v instanceof Map<?, ?> m && m.get(p.name()) instanceof BigDecimal n) ws.value(r, col, n);
                            else if (a.notApplicable().contains(ind.code())) ws.value(r, col, Layout.NOT_APPLICABLE);
                        }
                        r++;
                    }
                    continue;
                }
                ws.value(r, Layout.COL_LEVEL, Levels.text(table, ind, null, regions, day));
                lockedRow(ws, r, Layout.FIRST_COMMUNE - 1);
                inputCells(ws, r, Layout.FIRST_COMMUNE, lastCol);
                if (ind.isBoolean()) {
                    String list = Layout.YES + "," + Layout.NO + (ind.conditional() ? "," + Layout.NOT_APPLICABLE : "");
                    ws.range(r, Layout.FIRST_COMMUNE, r, lastCol).validateWithListByFormula("\"" + list + "\"")
                            .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
                            .errorTitle("Đạt / Không đạt").error("Chọn " + list.replace(",", " / "));
                } else {
                    validateNumber(ws, r, lastCol, ind.isPercent(), isCount(ind.unit()), ind.conditional());
                }
                for (int i = 0; i < filled.size(); i++) {
                    Assessment a = filled.get(i);
                    Object v = a.indicators().get(ind.code());
                    int col = Layout.FIRST_COMMUNE + i;
                    if (v instanceof Boolean b) ws.value(r, col, b ? Layout.YES : Layout.NO);
                    else if (v instanceof BigDecimal n) ws.value(r, col, n);
                    else if (a.notApplicable().contains(ind.code())) ws.value(r, col, Layout.NOT_APPLICABLE);
                }
                r++;
            }
        }
        ws.freezePane(Layout.FIRST_COMMUNE, freeze);
        ws.protect("ntm");
    }

    /** Counts (models, fields) take whole numbers; rates and amounts per person take decimals. */
    static boolean isCount(String unit) { return unit != null && !unit.contains("%") && !unit.contains("/"); }

    private static void validateNumber(Worksheet ws, int r, int lastCol, boolean percent, boolean count, boolean conditional) {
        String cell = Cells.ref(r, Layout.FIRST_COMMUNE);
        // no "<" in formulas: fastexcel 0.19 writes validation formulas without XML escaping
        String rule = percent ? "AND(ISNUMBER(" + cell + ")," + cell + ">=0,100>=" + cell + ")"
                : count ? "AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "=INT(" + cell + "))"
                : "AND(ISNUMBER(" + cell + ")," + cell + ">=0)";
        if (conditional) rule = "OR(" + rule + "," + cell + "=\"" + Layout.NOT_APPLICABLE + "\")";
        String msg = percent ? "Nhập số từ 0 đến 100 (a number 0–100)" : count ? "Nhập số nguyên ≥ 0 (a whole number)" : "Nhập số ≥ 0 (a number ≥ 0)";
        if (conditional) msg += " hoặc «" + Layout.NOT_APPLICABLE + "»";   // no quotes: attributes are not escaped either
        ws.range(r, Layout.FIRST_COMMUNE, r, lastCol).validateWithFormula(rule).allowBlank(true)
                .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true).errorTitle("Số liệu (value)").error(msg);
    }

    private static void validateField(Worksheet ws, int r, int lastCol, Layout.Kind kind) {
        var range = ws.range(r, Layout.FIRST_COMMUNE, r, lastCol);
        String cell = Cells.ref(r, Layout.FIRST_COMMUNE);
        switch (kind) {
            case REGION -> range.validateWithListByFormula("\"" + String.join(",", java.util.Arrays.stream(Region.values()).map(Enum::name).toList()) + "\"")
                    .allowBlank(true).showErrorMessage(true).error("Chọn một vùng (pick a region)");
            case CATEGORIES -> range.validateWithListByFormula("\"DBKK,ATK,DBKK; ATK\"").allowBlank(true).showErrorMessage(true)
                    .error("DBKK, ATK hoặc để trống");
            case YES_NO -> range.validateWithListByFormula("\"" + Layout.TRUE + "," + Layout.FALSE + "\"").allowBlank(true)
                    .showErrorMessage(true).error("Chọn Có / Không");
            case WHOLE -> range.validateWithFormula("AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "=INT(" + cell + "))")
                    .allowBlank(true).showErrorMessage(true).error("Nhập số nguyên ≥ 0 (a whole number)");
            case DATE -> {
                range.validateWithFormula("ISNUMBER(" + cell + ")").allowBlank(true).showErrorMessage(true).error("Nhập ngày dd/mm/yyyy (a date)");
                range.style().format(DATE_FORMAT).protectionOption(ProtectionOption.LOCKED, false).set();
            }
            case TEXT -> { }
        }
    }

    private static void fieldValue(Worksheet ws, int r, int col, Layout.Field f, Assessment a) {
        Object v = switch (f.path()) {
            case "commune.code" -> a.commune().code();
            case "commune.name" -> a.commune().name();
            case "commune.district" -> a.commune().district();
            case "commune.province" -> a.commune().province();
            case "commune.region" -> a.commune().region() == null ? null : a.commune().region().name();
            case "commune.categories" -> a.commune().categories().isEmpty() ? null
                    : String.join("; ", a.commune().categories().stream().map(CommuneCategory::name).toList());
            case "assessedOn" -> a.assessedOn();
            case "prerequisite.recognisedBy" -> a.prerequisite() == null ? null : a.prerequisite().recognisedBy();
            case "prerequisite.date" -> a.prerequisite() == null ? null : a.prerequisite().date();
            case "recognition.outstandingConstructionDebt" -> a.recognition() == null ? null : yesNo(a.recognition().outstandingConstructionDebt());
            case "recognition.securityOrderComplicated" -> a.recognition() == null ? null : yesNo(a.recognition().securityOrderComplicated());
            case "recognition.satisfactionPoll.households" -> poll(a) == null ? null : poll(a).households();
            case "recognition.satisfactionPoll.respondents" -> poll(a) == null ? null : poll(a).respondents();
            case "recognition.satisfactionPoll.satisfied" -> poll(a) == null ? null : poll(a).satisfied();
            default -> null;
        };
        if (v instanceof String s) ws.value(r, col, s);
        else if (v instanceof LocalDate d) ws.value(r, col, d);
        else if (v instanceof Number n) ws.value(r, col, n);
    }

    private static vn.ntm.core.input.SatisfactionPoll poll(Assessment a) {
        return a.recognition() == null ? null : a.recognition().satisfactionPoll();
    }

    private static String yesNo(Boolean b) { return b == null ? null : b ? Layout.TRUE : Layout.FALSE; }

    private void evidenceSheet(Worksheet ws, List<String> ids, List<Assessment> assessments) {
        tableHeader(ws, "HỒ SƠ MINH CHỨNG ĐÃ CÓ (evidence documents in the dossier)", Layout.EVIDENCE_COLUMNS, new double[] {22, 14, 12, 16, 60, 24, 14});
        int r = Layout.TABLE_HEADER_ROW + 1;
        for (Assessment a : assessments) {
            for (EvidenceItem e : a.evidence()) {
                ws.value(r, 0, a.criteriaSet());
                ws.value(r, 1, a.commune().code());
                ws.value(r, 2, e.indicator());
                ws.value(r, 3, e.document());
                if (e.title() != null) ws.value(r, 4, e.title());
                if (e.reference() != null) ws.value(r, 5, e.reference());
                if (e.date() != null) ws.value(r, 6, e.date());
                r++;
            }
        }
        int last = Math.max(r + 200, Layout.TABLE_HEADER_ROW + 500);
        openTable(ws, last, Layout.EVIDENCE_COLUMNS.size());
        ws.range(Layout.TABLE_HEADER_ROW + 1, 0, last, 0).validateWithListByFormula("\"" + String.join(",", ids) + "\"").allowBlank(true);
        ws.range(Layout.TABLE_HEADER_ROW + 1, 1, last, 3).style().format("@").protectionOption(ProtectionOption.LOCKED, false).set();
        ws.range(Layout.TABLE_HEADER_ROW + 1, 6, last, 6).style().format(DATE_FORMAT).protectionOption(ProtectionOption.LOCKED, false).set();
        ws.protect("ntm");
    }

    private void appraisalSheet(Worksheet ws, List<String> ids, List<Assessment> assessments) {
        tableHeader(ws, "THẨM TRA (HUYỆN), THẨM ĐỊNH (TỈNH) (appraisals: district verification, provincial appraisal)",
                Layout.APPRAISAL_COLUMNS, new double[] {22, 14, 18, 18, 14, 14});
        int r = Layout.TABLE_HEADER_ROW + 1;
        for (Assessment a : assessments) {
            for (Appraisal ap : a.appraisals()) {
                ws.value(r, 0, a.criteriaSet());
                ws.value(r, 1, a.commune().code());
                ws.value(r, 2, ap.target());
                if (ap.level() != null && Layout.LEVELS.contains(ap.level().name())) {
                    ws.value(r, 3, Layout.LEVELS_VI.get(Layout.LEVELS.indexOf(ap.level().name())));
                }
                if (ap.date() != null) ws.value(r, 4, ap.date());
                if (ap.outcome() != null) ws.value(r, 5, ap.outcome() == vn.ntm.core.input.AppraisalOutcome.ACHIEVED ? Layout.YES : Layout.NO);
                r++;
            }
        }
        int last = Math.max(r + 200, Layout.TABLE_HEADER_ROW + 300);
        openTable(ws, last, Layout.APPRAISAL_COLUMNS.size());
        int first = Layout.TABLE_HEADER_ROW + 1;
        ws.range(first, 0, last, 0).validateWithListByFormula("\"" + String.join(",", ids) + "\"").allowBlank(true);
        ws.range(first, 3, last, 3).validateWithListByFormula("\"" + String.join(",", Layout.LEVELS_VI) + "\"").allowBlank(true);
        ws.range(first, 5, last, 5).validateWithListByFormula("\"" + Layout.YES + "," + Layout.NO + "\"").allowBlank(true);
        ws.range(first, 1, last, 2).style().format("@").protectionOption(ProtectionOption.LOCKED, false).set();
        ws.range(first, 4, last, 4).style().format(DATE_FORMAT).protectionOption(ProtectionOption.LOCKED, false).set();
        ws.protect("ntm");
    }

    private void dossierSheet(Worksheet ws, List<String> ids) {
        tableHeader(ws, "DANH MỤC HỒ SƠ MINH CHỨNG THEO CHỈ TIÊU (the dossier each indicator needs)",
                List.of("Bộ tiêu chí (criteria set)", "Chỉ tiêu (indicator)", "Mã hồ sơ (document)", "Tên hồ sơ (title)", "Suy luận? (assumed)"),
                new double[] {22, 12, 16, 80, 12});
        int r = Layout.TABLE_HEADER_ROW + 1;
        for (String id : ids) {
            for (Indicator ind : defs.set(id).indicators().values()) {
                for (EvidenceRequirement e : ind.evidence()) {
                    ws.value(r, 0, id);
                    ws.value(r, 1, ind.code());
                    ws.value(r, 2, e.code());
                    ws.value(r, 3, e.titleVi());
                    ws.value(r, 4, e.assumed() ? "suy luận (assumed)" : "");
                    r++;
                }
            }
        }
        ws.protect("ntm");
    }

    static void tableHeader(Worksheet ws, String title, List<String> columns, double[] widths) {
        ws.value(0, 0, title);
        ws.style(0, 0).bold().fontSize(13).set();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(Layout.TABLE_HEADER_ROW, c, columns.get(c));
            ws.width(c, widths[c]);
        }
        ws.range(Layout.TABLE_HEADER_ROW, 0, Layout.TABLE_HEADER_ROW, columns.size() - 1).style().bold().fillColor(HEADER_FILL)
                .wrapText(true).borderStyle("thin").set();
        ws.freezePane(0, Layout.TABLE_HEADER_ROW + 1);
    }

    /** Rows below the header are for the official to fill: unlocked. */
    static void openTable(Worksheet ws, int last, int columns) {
        ws.range(Layout.TABLE_HEADER_ROW + 1, 0, last, columns - 1).style().protectionOption(ProtectionOption.LOCKED, false).set();
    }

    private static void lockedRow(Worksheet ws, int r, int lastCol) {
        ws.range(r, 0, r, lastCol).style().fillColor(LOCKED_FILL).wrapText(true).set();
    }

    private static void inputCells(Worksheet ws, int r, int from, int to) {
        ws.range(r, from, r, to).style().protectionOption(ProtectionOption.LOCKED, false).borderStyle("thin").set();
    }
}
