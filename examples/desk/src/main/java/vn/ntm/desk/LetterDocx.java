package vn.ntm.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.DistrictTextReport;
import vn.ntm.core.workflow.ProvinceAppraisal;

/**
 * The district's letter to its communes as a Word document in the official layout (Nghị định 30/2020/NĐ-CP: issuing
 * body and quốc hiệu side by side, số and ngày, trích yếu, kính gửi, body, nơi nhận and the signature block), with
 * the lists computed from a {@link DistrictReport}: achieved criteria and their count, what the province appraised,
 * each group with its deadline, the weekly report and the satisfaction poll. Number and day are left blank to be
 * filled at signing, as the district's own drafts do.
 *
 * <p>Written as plain WordprocessingML (four small XML parts in a zip), so no Word library is needed.
 */
public final class LetterDocx {
    private LetterDocx() { }

    /** The paragraphs of the letter's body, in order, as plain text (also what the document holds). */
    public static List<String> body(DistrictReport d) {
        List<DistrictReport.CommuneSection> communes = ordered(d);
        String names = String.join(", ", communes.stream().map(s -> s.commune().name()).toList());
        int year = d.asOf().getYear();
        List<String> p = new ArrayList<>();
        p.add("Thực hiện Chương trình MTQG xây dựng nông thôn mới huyện " + d.district() + " năm " + year + ", qua kiểm tra, đánh giá đến ngày "
                + letterDate(d.asOf()) + " trên địa bàn các xã " + names + " đạt được một số kết quả nhất định, cụ thể:");
        for (DistrictReport.CommuneSection s : communes) {
            AssessmentResult r = s.result();
            List<String> achieved = r.criteria().stream().filter(c -> s.achieved().contains(c.code())).map(CriterionResult::label).toList();
            String which = r.criteriaSetName().contains("nâng cao") ? " tiêu chí nông thôn mới nâng cao" : " tiêu chí";
            p.add("- Xã " + s.commune().name() + " đã đạt " + s.achievedCount() + "/" + s.criteriaCount() + which
                    + (achieved.isEmpty() ? "." : " gồm: " + String.join("; ", achieved) + "."));
        }
        List<DistrictReport.CommuneSection> appraised = communes.stream().filter(s -> !s.provinceAppraisal().isEmpty())
                .sorted(Comparator.comparing(s -> s.provinceAppraisal().dates().isEmpty() ? LocalDate.MAX : s.provinceAppraisal().dates().get(0)))
                .toList();
        if (!appraised.isEmpty()) {
            p.add("Ban Chỉ đạo các Chương trình MTQG huyện đã mời các Sở, ngành của tỉnh thẩm định đối với các xã "
                    + String.join(", ", appraised.stream().map(s -> s.commune().name()).toList()) + ", cụ thể:");
            for (DistrictReport.CommuneSection s : appraised) p.add(appraisal(s));
        }
        p.add("Để bảo đảm tiến độ, đạt mục tiêu, nhiệm vụ xây dựng nông thôn mới năm " + year + " đề ra, UBND huyện yêu cầu Thủ trưởng các cơ quan thành viên "
                + "Ban Chỉ đạo các Chương trình MTQG huyện, UBND các xã " + names + " thực hiện tốt các nội dung sau:");
        p.add("1. Các cơ quan thành viên Ban Chỉ đạo các Chương trình MTQG huyện và UBND các xã " + names);
        DistrictPlan plan = d.plan();
        LocalDate dueAchieved = plan == null ? null : plan.deadline(AppraisalGroup.ACHIEVED_NOT_APPRAISED);
        LocalDate dueOpen = plan == null ? null : plan.deadline(AppraisalGroup.TO_ACHIEVE);
        p.add("Đối với các tiêu chí đã đạt chưa thực hiện thẩm định (" + groups(communes, AppraisalGroup.ACHIEVED_NOT_APPRAISED)
                + "), tiếp tục duy trì và nâng cao chất lượng các tiêu chí, đồng thời hoàn thiện hồ sơ minh chứng theo đúng quy định. "
                + "Báo cáo kết quả cụ thể về UBND huyện" + via(plan) + (dueAchieved == null ? "." : " trước ngày " + letterDate(dueAchieved) + "."));
        p.add("Đối với các tiêu chí chưa đạt (" + groups(communes, AppraisalGroup.TO_ACHIEVE) + "), đẩy nhanh tiến độ triển khai thực hiện. "
                + "Đảm bảo hoàn thành các chỉ tiêu, tiêu chí đồng thời hoàn thiện hồ sơ minh chứng" + (dueOpen == null ? "." : " xong trước ngày " + letterDate(dueOpen) + "."));
        if (plan != null && plan.weeklyReport() != null) {
            DistrictPlan.WeeklyReport w = plan.weeklyReport();
            p.add("Từ ngày " + letterDate(w.from()) + (w.to() == null ? " đến khi hoàn thành các tiêu chí" : " đến ngày " + letterDate(w.to()))
                    + " trên địa bàn các xã " + names + ", các cơ quan, đơn vị và UBND các xã thực hiện chế độ báo cáo vào "
                    + String.format(Locale.ROOT, "%02dh%02d", w.time().getHour(), w.time().getMinute()) + (w.time().getHour() < 12 ? " sáng " : " ")
                    + DistrictTextReport.dayVi(w.day()) + " hàng tuần về tiến độ thực hiện các chỉ tiêu, tiêu chí và các hoạt động triển khai thực hiện"
                    + (w.recipient() == null ? "" : " với " + w.recipient()) + " để tổng hợp báo cáo Thường trực Huyện ủy.");
        }
        List<String> ready = communes.stream().filter(s -> s.pollReadiness().ready()).map(s -> s.commune().name()).toList();
        p.add("2. Đề nghị Ủy ban MTTQ Việt Nam huyện");
        p.add("Chủ động phối hợp với các cơ quan chuyên môn và UBND các xã " + names + " chuẩn bị sẵn sàng các nội dung để triển khai lấy ý kiến sự hài lòng "
                + "của người dân đối với kết quả thực hiện xây dựng NTM, NTM nâng cao theo đúng quy định ngay khi các xã hoàn thành 19/19 tiêu chí. "
                + (ready.isEmpty() ? "Đến ngày " + letterDate(d.asOf()) + " chưa có xã nào đủ điều kiện lấy ý kiến."
                        : "Các xã đã đủ điều kiện lấy ý kiến: " + String.join(", ", ready) + "."));
        p.add("Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, UBND các xã nghiêm túc triển khai thực hiện./.");
        return p;
    }

    /** Communes in the plan's order (the letter's), others after them in report order. */
    private static List<DistrictReport.CommuneSection> ordered(DistrictReport d) {
        List<String> order = d.plan() == null ? List.of() : d.plan().communes();
        List<DistrictReport.CommuneSection> out = new ArrayList<>(d.communes());
        out.sort(Comparator.comparingInt(s -> {
            int i = order.indexOf(s.commune().code());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return out;
    }

    private static String appraisal(DistrictReport.CommuneSection s) {
        ProvinceAppraisal pa = s.provinceAppraisal();
        AssessmentResult r = s.result();
        List<String> items = new ArrayList<>();
        for (String c : pa.criteria()) items.add("Tiêu chí số " + c + " – " + r.criterion(c).name());
        for (CriterionResult c : r.criteria()) {
            List<String> in = pa.indicators().stream().filter(i -> c.indicators().stream().anyMatch(x -> x.code().equals(i))).toList();
            if (in.isEmpty()) continue;
            items.add((in.size() > 1 ? "Các chỉ tiêu " : "Chỉ tiêu ") + String.join(", ", in) + " trong tiêu chí số " + c.code() + " – " + c.name());
        }
        String when = pa.dates().isEmpty() ? "" : "Ngày " + String.join(", ", pa.dates().stream().map(LetterDocx::letterDate).toList()) + ", c";
        return "- " + (when.isEmpty() ? "C" : when) + "ác Sở, ngành của tỉnh thẩm định và có biên bản đánh giá đạt " + pa.summary()
                + " trên địa bàn xã " + s.commune().name() + " gồm: " + String.join("; ", items) + ".";
    }

    private static String groups(List<DistrictReport.CommuneSection> communes, AppraisalGroup g) {
        List<String> parts = new ArrayList<>();
        for (DistrictReport.CommuneSection s : communes) {
            List<String> codes = s.groups().get(g);
            if (!codes.isEmpty()) parts.add("xã " + s.commune().name() + ": tiêu chí số " + String.join(", ", codes));
        }
        return parts.isEmpty() ? "không có" : String.join("; ", parts);
    }

    private static String via(DistrictPlan plan) {
        if (plan == null || plan.weeklyReport() == null || plan.weeklyReport().recipient() == null) return "";
        String r = plan.weeklyReport().recipient();
        int i = r.indexOf('(');
        return i >= 0 ? " " + r.substring(i) : "";
    }

    /** Dates as the letter writes them: 06/9/2024. */
    static String letterDate(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }


    public static void write(OutputStream out, DistrictReport d) throws IOException {
        String district = d.district() == null ? "" : d.district();
        String upper = district.toUpperCase(Locale.forLanguageTag("vi"));
        List<DistrictReport.CommuneSection> communes = ordered(d);
        String names = String.join(", ", communes.stream().map(s -> s.commune().name()).toList());
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"").append(W).append("\"><w:body>");
        // issuing body and quốc hiệu side by side, in a borderless two-column table
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"9600\" w:type=\"dxa\"/><w:tblBorders>")
                .append("<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>")
                .append("</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"3600\"/><w:gridCol w:w=\"6000\"/></w:tblGrid><w:tr>");
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"3600\" w:type=\"dxa\"/></w:tcPr>");
        para(x, "ỦY BAN NHÂN DÂN", "center", true, false, 26);
        para(x, "HUYỆN " + upper, "center", true, false, 26);
        para(x, "Số:      /UBND-NN", "center", false, false, 26);
        para(x, "V/v đẩy nhanh tiến độ triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm " + d.asOf().getYear()
                + " trên địa bàn các xã " + names, "center", false, false, 24);
        x.append("</w:tc><w:tc><w:tcPr><w:tcW w:w=\"6000\" w:type=\"dxa\"/></w:tcPr>");
        para(x, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", true, false, 26);
        para(x, "Độc lập - Tự do - Hạnh phúc", "center", true, false, 28);
        para(x, "", "center", false, false, 26);
        para(x, district + ", ngày      tháng " + d.asOf().getMonthValue() + " năm " + d.asOf().getYear(), "center", false, true, 28);
        x.append("</w:tc></w:tr></w:tbl>");
        para(x, "", "left", false, false, 28);
        para(x, "Kính gửi:", "center", false, false, 28);
        para(x, "- Thành viên Ban Chỉ đạo các Chương trình MTQG huyện;", "center", false, false, 28);
        para(x, "- UBND các xã: " + names + ".", "center", false, false, 28);
        for (String p : body(d)) para(x, p, "both", p.matches("^\\d\\. .*"), false, 28);
        para(x, "", "left", false, false, 28);
        // nơi nhận and the signature block, side by side
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"9600\" w:type=\"dxa\"/><w:tblBorders>")
                .append("<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>")
                .append("</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"4800\"/><w:gridCol w:w=\"4800\"/></w:tblGrid><w:tr>");
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"4800\" w:type=\"dxa\"/></w:tcPr>");
        para(x, "Nơi nhận:", "left", true, true, 24);
        for (String n : List.of("- Như trên;", "- TT Huyện ủy; TT HĐND huyện;", "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
                "- Ủy ban MTTQVN huyện;", "- Lưu: VT, NN.")) {
            para(x, n, "left", false, false, 22);
        }
        x.append("</w:tc><w:tc><w:tcPr><w:tcW w:w=\"4800\" w:type=\"dxa\"/></w:tcPr>");
        para(x, "TM. ỦY BAN NHÂN DÂN", "center", true, false, 28);
        para(x, "CHỦ TỊCH", "center", true, false, 28);
        x.append("</w:tc></w:tr></w:tbl>");
        x.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" "
                + "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>");
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        part(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        // Times New Roman 14, the font and size of administrative documents
        part(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
                + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>");
        part(zip, "word/document.xml", x.toString());
        zip.finish();
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static void para(StringBuilder x, String text, String align, boolean bold, boolean italic, int halfPoints) {
        x.append("<w:p><w:pPr><w:jc w:val=\"").append(align).append("\"/>");
        if ("both".equals(align)) x.append("<w:ind w:firstLine=\"567\"/>");
        x.append("</w:pPr><w:r><w:rPr>");
        if (bold) x.append("<w:b/>");
        if (italic) x.append("<w:i/>");
        x.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints).append("\"/></w:rPr><w:t xml:space=\"preserve\">")
                .append(xml(text)).append("</w:t></w:r></w:p>");
    }

    private static String xml(String s) {
        // XML 1.0 forbids most control characters: they cannot be in a letter anyway
        s = s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

}
