package vn.ntm.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.EvidenceRef;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.OpenItem;
import vn.ntm.core.result.PartResult;

/**
 * Results as a workbook: per criteria set a communes × criteria matrix (coloured, X/19 per commune, communes
 * achieving each criterion), every indicator result, the missing evidence, and the deadlines when a plan was applied.
 * Numbers are written as numbers and dates as dates, so officials can sort, filter and sum.
 */
public final class ResultWorkbook {
    private static final String HEADER_FILL = "DDE6F0";
    private static final String DATE = "dd/mm/yyyy";

    private ResultWorkbook() { }

    public static void write(OutputStream out, List<AssessmentResult> results) throws IOException {
        Workbook wb = new Workbook(out, "ntm", "1.0");
        Map<String, List<AssessmentResult>> bySet = new LinkedHashMap<>();
        for (AssessmentResult r : results) bySet.computeIfAbsent(r.criteriaSet(), k -> new ArrayList<>()).add(r);
        for (List<AssessmentResult> rs : bySet.values()) {
            String name = "Tổng hợp – " + Layout.sheetName(rs.get(0).criteriaSetName(), rs.get(0).criteriaSet());
            matrix(wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name), rs);
        }
        indicators(wb.newWorksheet("Chỉ tiêu"), results);
        missing(wb.newWorksheet("Hồ sơ còn thiếu"), results);
        if (results.stream().anyMatch(r -> r.schedule() != null)) deadlines(wb.newWorksheet("Thời hạn"), results);
        wb.finish();
    }

    private static void matrix(Worksheet ws, List<AssessmentResult> rs) {
        AssessmentResult first = rs.get(0);
        ws.value(0, 0, "KẾT QUẢ THỰC HIỆN TIÊU CHÍ — " + first.criteriaSetName() + " (communes × criteria)");
        ws.style(0, 0).bold().fontSize(13).set();
        List<String> heads = new ArrayList<>(List.of("Mã xã (code)", "Xã (commune)", "Ngày đánh giá (assessed on)"));
        List<CriterionResult> criteria = first.criteria();
        for (CriterionResult c : criteria) heads.add(c.code());
        heads.addAll(List.of("Số tiêu chí đạt (achieved)", "Tổng số (of)", "Tỷ lệ (X/N)", "Đủ điều kiện lấy ý kiến (poll ready)",
                "Công nhận (recognition)"));
        int h = 2;
        for (int c = 0; c < heads.size(); c++) ws.value(h, c, heads.get(c));
        for (int c = 0; c < criteria.size(); c++) ws.comment(h, 3 + c, "Tiêu chí số " + criteria.get(c).code() + " – " + criteria.get(c).name());
        ws.range(h, 0, h, heads.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).borderStyle("thin").set();
        ws.value(1, 0, "Đạt = achieved; Chưa đạt = not achieved; Chưa đủ số liệu = incomplete data. Tên tiêu chí: xem chú thích ở tiêu đề cột.");
        ws.width(0, 12);
        ws.width(1, 18);
        ws.width(2, 14);
        for (int c = 0; c < criteria.size(); c++) ws.width(3 + c, 9);
        int base = 3 + criteria.size();
        ws.width(base, 12);
        ws.width(base + 1, 8);
        ws.width(base + 2, 9);
        ws.width(base + 3, 16);
        ws.width(base + 4, 22);
        int r = h + 1;
        int[] achieved = new int[criteria.size()];
        for (AssessmentResult a : rs) {
            ws.value(r, 0, a.commune().code());
            ws.value(r, 1, a.commune().name());
            ws.value(r, 2, a.assessedOn());
            ws.style(r, 2).format(DATE).set();
            for (int c = 0; c < criteria.size(); c++) {
                CriterionResult cr = a.criterion(criteria.get(c).code());
                if (cr == null) continue;
                ws.value(r, 3 + c, Labels.criterion(cr.status()));
                ws.style(r, 3 + c).fillColor(Labels.colour(cr.status())).horizontalAlignment("center").borderStyle("thin").set();
                if (cr.status() == CriterionStatus.ACHIEVED) achieved[c]++;
            }
            ws.value(r, base, a.achievedCount());
            ws.value(r, base + 1, a.criteriaCount());
            ws.value(r, base + 2, a.achievedCount() + "/" + a.criteriaCount());
            ws.value(r, base + 3, a.pollReadiness().ready() ? "Đủ điều kiện" : "Chưa (" + a.pollReadiness().blockers().size() + " vướng mắc)");
            ws.value(r, base + 4, a.recognition().eligible() ? "Đủ điều kiện" : a.recognition().decidable() ? "Chưa đủ điều kiện" : "Chưa xác định được");
            r++;
        }
        ws.value(r, 1, "Số xã đạt (communes achieving)");
        ws.style(r, 1).bold().set();
        for (int c = 0; c < criteria.size(); c++) {
            ws.value(r, 3 + c, achieved[c]);
            ws.style(r, 3 + c).bold().horizontalAlignment("center").set();
        }
        ws.freezePane(3, h + 1);
    }

    private static final List<String> INDICATOR_HEADS = List.of("Mã xã (code)", "Xã (commune)", "Bộ tiêu chí (set)",
            "Tiêu chí (criterion)", "Chỉ tiêu (indicator)", "Thành phần (part)", "Nội dung (name)", "Kết quả (status)",
            "Giá trị (value)", "Đơn vị (unit)", "So sánh (comparator)", "Mức (level)", "Khoảng cách (gap)",
            "Căn cứ (legal reference)", "Mức (verification)", "Trích dẫn mức (level citation)", "Lý do chưa có số liệu (reason)");

    private static void indicators(Worksheet ws, List<AssessmentResult> results) {
        ws.value(0, 0, "KẾT QUẢ TỪNG CHỈ TIÊU (every indicator result)");
        ws.style(0, 0).bold().fontSize(13).set();
        header(ws, INDICATOR_HEADS, new double[] {10, 16, 22, 9, 10, 12, 60, 16, 10, 14, 10, 10, 10, 40, 16, 40, 24});
        int r = 3;
        for (AssessmentResult a : results) {
            for (CriterionResult c : a.criteria()) {
                for (IndicatorResult i : c.indicators()) {
                    row(ws, r, a, c, i);
                    r++;
                    for (PartResult p : i.parts() == null ? List.<PartResult>of() : i.parts()) {
                        ws.value(r, 0, a.commune().code());
                        ws.value(r, 1, a.commune().name());
                        ws.value(r, 2, a.criteriaSet());
                        ws.value(r, 3, c.code());
                        ws.value(r, 4, i.code());
                        ws.value(r, 5, p.name());
                        ws.value(r, 6, p.nameVi());
                        ws.value(r, 7, Labels.indicator(p.status()));
                        ws.style(r, 7).fillColor(Labels.colour(p.status())).set();
                        if (p.value() != null) ws.value(r, 8, p.value());
                        ws.value(r, 9, p.unit());
                        ws.value(r, 10, p.comparator().symbol());
                        if (p.threshold() != null) ws.value(r, 11, p.threshold());
                        if (p.gap() != null) ws.value(r, 12, p.gap());
                        ws.value(r, 14, Labels.verified(p.thresholdVerified()));
                        if (p.thresholdCitation() != null) ws.value(r, 15, p.thresholdCitation());
                        r++;
                    }
                }
            }
        }
        ws.setAutoFilter(2, 0, r - 1, INDICATOR_HEADS.size() - 1);
    }

    private static void row(Worksheet ws, int r, AssessmentResult a, CriterionResult c, IndicatorResult i) {
        ws.value(r, 0, a.commune().code());
        ws.value(r, 1, a.commune().name());
        ws.value(r, 2, a.criteriaSet());
        ws.value(r, 3, c.code());
        ws.value(r, 4, i.code());
        ws.value(r, 6, i.name());
        ws.value(r, 7, Labels.indicator(i.status()));
        ws.style(r, 7).fillColor(Labels.colour(i.status())).set();
        if (i.value() instanceof BigDecimal n) ws.value(r, 8, n);
        else if (i.value() instanceof Boolean b) ws.value(r, 8, b ? "Đạt" : "Không đạt");
        ws.value(r, 9, i.unit());
        if (i.comparator() != null) ws.value(r, 10, i.comparator().symbol());
        if (i.threshold() instanceof BigDecimal t) ws.value(r, 11, t);
        else if (i.threshold() instanceof Boolean) ws.value(r, 11, "Đạt");
        if (i.gap() != null) ws.value(r, 12, i.gap());
        if (i.legalRef() != null) ws.value(r, 13, i.legalRef());
        ws.value(r, 14, Labels.verified(i.thresholdVerified()));
        if (i.thresholdCitation() != null) ws.value(r, 15, i.thresholdCitation());
        if (i.reason() != null) ws.value(r, 16, i.reason().name());
    }

    private static void missing(Worksheet ws, List<AssessmentResult> results) {
        ws.value(0, 0, "HỒ SƠ MINH CHỨNG CÒN THIẾU (missing evidence)");
        ws.style(0, 0).bold().fontSize(13).set();
        List<String> heads = List.of("Mã xã (code)", "Xã (commune)", "Bộ tiêu chí (set)", "Chỉ tiêu (indicator)",
                "Mã hồ sơ (document)", "Tên hồ sơ (title)", "Suy luận? (assumed)");
        header(ws, heads, new double[] {10, 16, 22, 10, 16, 70, 12});
        int r = 3;
        for (AssessmentResult a : results) {
            for (EvidenceRef e : a.missingEvidence()) {
                ws.value(r, 0, a.commune().code());
                ws.value(r, 1, a.commune().name());
                ws.value(r, 2, a.criteriaSet());
                if (e.indicator() != null) ws.value(r, 3, e.indicator());
                ws.value(r, 4, e.document());
                ws.value(r, 5, e.title());
                ws.value(r, 6, e.assumed() ? "suy luận (assumed)" : "");
                r++;
            }
        }
        ws.setAutoFilter(2, 0, Math.max(r - 1, 3), heads.size() - 1);
    }

    private static void deadlines(Worksheet ws, List<AssessmentResult> results) {
        ws.value(0, 0, "THỜI HẠN VÀ VIỆC QUÁ HẠN (deadlines and overdue items)");
        ws.style(0, 0).bold().fontSize(13).set();
        List<String> heads = List.of("Mã xã (code)", "Xã (commune)", "Tiêu chí (criterion)", "Tên tiêu chí (name)", "Nhóm (group)",
                "Việc phải làm (task)", "Hạn (due)", "Số ngày còn lại (days left)", "Quá hạn (overdue)",
                "Chỉ tiêu chưa đạt / chưa có số liệu", "Số hồ sơ còn thiếu", "Kỳ báo cáo tới (next report)");
        header(ws, heads, new double[] {10, 16, 10, 36, 36, 50, 12, 12, 10, 24, 12, 18});
        int r = 3;
        for (AssessmentResult a : results) {
            if (a.schedule() == null) continue;
            for (OpenItem i : a.schedule().items()) {
                ws.value(r, 0, a.commune().code());
                ws.value(r, 1, a.commune().name());
                ws.value(r, 2, i.criterion());
                ws.value(r, 3, i.name());
                ws.value(r, 4, i.group().vi());
                ws.value(r, 5, i.state() == OpenItem.State.DOSSIER_COMPLETE ? "Đủ hồ sơ, chờ thẩm định (dossier complete)" : i.task());
                if (i.due() != null) {
                    ws.value(r, 6, i.due());
                    ws.style(r, 6).format(DATE).set();
                }
                if (i.daysLeft() != null) ws.value(r, 7, i.daysLeft());
                ws.value(r, 8, i.overdue() ? "Có" : "Không");
                if (i.overdue()) ws.style(r, 8).fillColor("FFC7CE").bold().set();
                ws.value(r, 9, String.join(", ", i.indicators()));
                ws.value(r, 10, i.missingEvidence());
                if (a.schedule().nextReport() != null) {
                    ws.value(r, 11, a.schedule().nextReport());
                    ws.style(r, 11).format("dd/mm/yyyy hh:mm").set();
                }
                r++;
            }
        }
        ws.setAutoFilter(2, 0, Math.max(r - 1, 3), heads.size() - 1);
    }

    private static void header(Worksheet ws, List<String> heads, double[] widths) {
        for (int c = 0; c < heads.size(); c++) {
            ws.value(2, c, heads.get(c));
            ws.width(c, widths[c]);
        }
        ws.range(2, 0, 2, heads.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).borderStyle("thin").set();
        ws.freezePane(2, 3);
    }
}
