package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.json.NtmJson;

/** The Hữu Lũng letter, reproduced by the command line: counts, lists, appraisals, JSON valid against the schema. */
class HuuLungExampleTest {
    static final Path EXAMPLE = Path.of("huu-lung");


    @Test
    @DisplayName("Minh Tiến đạt 14/19 (thư ghi nhầm 13/19 nhưng liệt kê 14 tiêu chí), Quyết Thắng đạt 11/19")
    void textReportReproducesTheLettersLists() {
        CliRun r = CliRun.run("evaluate", EXAMPLE.resolve("minh-tien.json").toString(), EXAMPLE.resolve("quyet-thang.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Xã Minh Tiến đạt 14/19 tiêu chí gồm: Số 1 – Quy hoạch; Số 2 – Giao thông; "
                + "Số 3 – Thủy lợi và phòng, chống thiên tai; Số 4 – Điện; Số 7 – Cơ sở hạ tầng thương mại nông thôn; "
                + "Số 8 – Thông tin và Truyền thông; Số 9 – Nhà ở dân cư; Số 11 – Nghèo đa chiều; Số 12 – Lao động; "
                + "Số 13 – Tổ chức sản xuất và phát triển kinh tế nông thôn; Số 14 – Giáo dục và Đào tạo; Số 15 – Y tế; "
                + "Số 16 – Văn hóa; Số 18 – Hệ thống chính trị và tiếp cận pháp luật."), r.out());
        assertTrue(r.out().contains("Xã Quyết Thắng đạt 11/19 tiêu chí gồm: Số 1 – Quy hoạch; Số 3 – Thủy lợi và phòng, chống thiên tai; "
                + "Số 4 – Điện; Số 8 – Thông tin và Truyền thông; Số 12 – Lao động; Số 13 – Tổ chức sản xuất và phát triển kinh tế nông thôn; "
                + "Số 14 – Giáo dục và Đào tạo; Số 15 – Y tế; Số 16 – Văn hóa; Số 18 – Hệ thống chính trị và tiếp cận pháp luật; "
                + "Số 19 – Quốc phòng và An ninh."), r.out());
        assertTrue(r.out().contains("06 tiêu chí và 08 chỉ tiêu"), "Minh Tiến's provincial appraisal of 06/9/2024");
        assertTrue(r.out().contains("04 tiêu chí và 07 chỉ tiêu"), "Quyết Thắng's provincial appraisal of 23/8/2024");
        assertTrue(r.out().contains("kết quả chỉ tiêu dựa trên mức quy định chưa được xác minh"));
    }

    @Test
    @DisplayName("Kết quả JSON hợp lệ theo lược đồ ntm-result/1 và giống hệt nhau qua hai lần chạy")
    void jsonOutputValidatesAndIsDeterministic() throws Exception {
        CliRun a = CliRun.run("evaluate", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString(), EXAMPLE.resolve("quyet-thang.json").toString());
        CliRun b = CliRun.run("evaluate", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString(), EXAMPLE.resolve("quyet-thang.json").toString());
        assertEquals(0, a.exit(), a.err());
        assertEquals(a.out(), b.out());
        JsonNode arr = NtmJson.mapper().readTree(a.out());
        assertEquals(2, arr.size());
        for (JsonNode doc : arr) assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, doc));
        assertEquals(14, arr.get(0).get("achievedCount").intValue());
        assertEquals(11, arr.get(1).get("achievedCount").intValue());
    }

    @Test
    @DisplayName("Các tệp ví dụ hợp lệ theo lược đồ ntm-assessment/1")
    void exampleInputsValidate() throws Exception {
        try (var files = Files.list(EXAMPLE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertEquals(List.of(), NtmJson.validate(NtmJson.ASSESSMENT_SCHEMA, NtmJson.mapper().readTree(f.toFile())), f.toString());
            }
        }
    }

    @Test
    @DisplayName("Dữ liệu sai: mã thoát 2, tài liệu ntm-error/1 liệt kê mọi lỗi kèm đường dẫn; tệp tốt vẫn có kết quả")
    void badInputInABatch() throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString(), "cli/src/test/resources/bad/catalog-problems.json");
        assertEquals(2, r.exit());
        JsonNode arr = NtmJson.mapper().readTree(r.out());
        assertEquals("ntm-result/1", arr.get(0).get("format").asText());
        JsonNode err = arr.get(1);
        assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, err));
        String paths = err.get("errors").findValuesAsText("path").toString();
        // evidence[0].document (a code the dossier does not list) is no longer an error: it is kept as an extra document
        for (String p : List.of("indicators.3.1", "indicators.99.9", "indicators.3.2", "indicators.17.1.piped", "notApplicable[0]",
                "appraisals[0].target")) {
            assertTrue(paths.contains(p), p + " in " + paths);
        }
        assertTrue(r.err().contains("value 150 is outside 0–100"), r.err());
        assertFalse(r.err().isBlank());
    }

    @Test
    @DisplayName("Lỗi cấu trúc: trường lạ, vùng lạ đều được nêu; NaN và khóa trùng bị từ chối")
    void structuralErrors() {
        CliRun many = CliRun.run("evaluate", "cli/src/test/resources/bad/many-problems.json");
        assertEquals(2, many.exit());
        assertTrue(many.err().contains("commune.region"), many.err());
        assertTrue(many.err().contains("commune.color") || many.err().contains("color"), many.err());
        CliRun nan = CliRun.run("evaluate", "cli/src/test/resources/bad/nan.json");
        assertEquals(2, nan.exit());
        assertTrue(nan.err().contains("NaN"), nan.err());
        CliRun dup = CliRun.run("evaluate", "cli/src/test/resources/bad/duplicate.json");
        assertEquals(2, dup.exit());
        assertTrue(dup.err().contains("duplicate key '3.1'"), dup.err());
    }

    @Test
    @DisplayName("--strict: kết quả dựa trên mức chưa xác minh thành chưa có số liệu")
    void strictMode() throws Exception {
        CliRun r = CliRun.run("evaluate", "--strict", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = NtmJson.mapper().readTree(r.out());
        assertTrue(doc.get("strict").booleanValue());
        assertEquals(0, doc.get("unverifiedThresholdCount").intValue());
    }
}
