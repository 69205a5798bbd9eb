package vn.ntm.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.PlanReader;

/** The Hữu Lũng letter as a Word file, read back with Apache POI: the letter's lists, with the count corrected. */
class LetterDocxTest {

    @Test
    void theLetterOfSeptember2024WithItsListsAndTheCorrectCount() throws Exception {
        DistrictReport report = DistrictReport.build(Examples.EVALUATOR.evaluateAll(Examples.read(Examples.HUU_LUNG)), List.of(),
                PlanReader.read(Examples.HUU_LUNG.resolve("plan.yaml")));
        Path docx = Examples.target("letter.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            LetterDocx.write(out, report);
        }
        List<String> paragraphs = new ArrayList<>();
        String header;
        String footer;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) paragraphs.add(p.getText());
            List<XWPFTable> tables = doc.getTables();
            assertEquals(2, tables.size(), "the heading and the signature block are two-column tables");
            header = tables.get(0).getText();
            footer = tables.get(1).getText();
        }
        assertTrue(header.contains("ỦY BAN NHÂN DÂN"), header);
        assertTrue(header.contains("HUYỆN HỮU LŨNG"), header);
        assertTrue(header.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), header);
        assertTrue(header.contains("Độc lập - Tự do - Hạnh phúc"), header);
        assertTrue(header.contains("Số:      /UBND-NN"), header);
        assertTrue(header.contains("Hữu Lũng, ngày      tháng 9 năm 2024"), header);
        assertTrue(header.contains("V/v đẩy nhanh tiến độ triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024"
                + " trên địa bàn các xã Minh Tiến, Quyết Thắng, Cai Kinh"), header);
        assertTrue(footer.contains("Nơi nhận:") && footer.contains("- Lưu: VT, NN.") && footer.contains("CHỦ TỊCH"), footer);

        assertTrue(paragraphs.contains("Kính gửi:"));
        assertTrue(paragraphs.contains("- UBND các xã: Minh Tiến, Quyết Thắng, Cai Kinh."));
        // the letter says 13/19 and lists fourteen criteria: the count follows the list
        assertTrue(paragraphs.contains("- Xã Minh Tiến đã đạt 14/19 tiêu chí gồm: Số 1 – Quy hoạch; Số 2 – Giao thông; "
                + "Số 3 – Thủy lợi và phòng, chống thiên tai; Số 4 – Điện; Số 7 – Cơ sở hạ tầng thương mại nông thôn; "
                + "Số 8 – Thông tin và Truyền thông; Số 9 – Nhà ở dân cư; Số 11 – Nghèo đa chiều; Số 12 – Lao động; "
                + "Số 13 – Tổ chức sản xuất và phát triển kinh tế nông thôn; Số 14 – Giáo dục và Đào tạo; Số 15 – Y tế; "
                + "Số 16 – Văn hóa; Số 18 – Hệ thống chính trị và tiếp cận pháp luật."), String.join("\n", paragraphs));
        assertTrue(paragraphs.contains("- Xã Quyết Thắng đã đạt 11/19 tiêu chí gồm: Số 1 – Quy hoạch; "
                + "Số 3 – Thủy lợi và phòng, chống thiên tai; Số 4 – Điện; Số 8 – Thông tin và Truyền thông; Số 12 – Lao động; "
                + "Số 13 – Tổ chức sản xuất và phát triển kinh tế nông thôn; Số 14 – Giáo dục và Đào tạo; Số 15 – Y tế; "
                + "Số 16 – Văn hóa; Số 18 – Hệ thống chính trị và tiếp cận pháp luật; Số 19 – Quốc phòng và An ninh."), String.join("\n", paragraphs));
        assertTrue(paragraphs.contains("- Xã Cai Kinh đã đạt 10/19 tiêu chí nông thôn mới nâng cao gồm: "
                + "Số 3 – Thủy lợi và phòng, chống thiên tai; Số 4 – Điện; Số 8 – Thông tin và Truyền thông; Số 9 – Nhà ở dân cư; "
                + "Số 10 – Thu nhập; Số 11 – Nghèo đa chiều; Số 12 – Lao động; Số 14 – Y tế; Số 15 – Hành chính công; "
                + "Số 16 – Tiếp cận pháp luật."), String.join("\n", paragraphs));
        // the province's appraisals in date order, counted as the letter counts them
        int qt = index(paragraphs, "- Ngày 23/8/2024, các Sở, ngành của tỉnh thẩm định và có biên bản đánh giá đạt 04 tiêu chí và 07 chỉ tiêu"
                + " trên địa bàn xã Quyết Thắng gồm: Tiêu chí số 1 – Quy hoạch;");
        int mt = index(paragraphs, "- Ngày 06/9/2024, các Sở, ngành của tỉnh thẩm định và có biên bản đánh giá đạt 06 tiêu chí và 08 chỉ tiêu"
                + " trên địa bàn xã Minh Tiến gồm:");
        assertTrue(qt < mt);
        assertTrue(paragraphs.get(mt).contains("Chỉ tiêu 19.1 trong tiêu chí số 19 – Quốc phòng và An ninh."), paragraphs.get(mt));
        String achieved = paragraphs.get(index(paragraphs, "Đối với các tiêu chí đã đạt chưa thực hiện thẩm định"));
        assertTrue(achieved.contains("xã Minh Tiến: tiêu chí số 8, 11, 12, 13, 14, 15, 16, 18") && achieved.endsWith("trước ngày 25/9/2024."), achieved);
        String open = paragraphs.get(index(paragraphs, "Đối với các tiêu chí chưa đạt"));
        assertTrue(open.contains("xã Minh Tiến: tiêu chí số 5, 6, 10, 17, 19") && open.endsWith("xong trước ngày 15/10/2024."), open);
        String weekly = paragraphs.get(index(paragraphs, "Từ ngày 16/9/2024"));
        assertTrue(weekly.contains("10h00 sáng thứ Sáu hàng tuần"), weekly);
        String poll = paragraphs.get(index(paragraphs, "Chủ động phối hợp"));
        assertTrue(poll.contains("ngay khi các xã hoàn thành 19/19 tiêu chí") && poll.contains("chưa có xã nào đủ điều kiện lấy ý kiến"), poll);
    }

    private static int index(List<String> paragraphs, String start) {
        for (int i = 0; i < paragraphs.size(); i++) if (paragraphs.get(i).startsWith(start)) return i;
        throw new AssertionError("no paragraph starting with: " + start + "\n" + String.join("\n", paragraphs));
    }
}
