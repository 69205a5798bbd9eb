package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.core.json.NtmJson;

/** The district report of the Hữu Lũng example reproduces the letter: appraisal counts, deadlines, weekly report. */
class DistrictReportCommandTest {

    @Test
    void textReportReproducesTheLetter() {
        CliRun r = CliRun.run("district-report", "--plan", "huu-lung/plan.yaml", "huu-lung", "huu-lung/2024-09-27");
        assertEquals(0, r.code(), r.err());
        String t = r.out();
        assertTrue(t.contains("Ngày 23/8/2024, các Sở, ngành của tỉnh thẩm định đạt 04 tiêu chí và 07 chỉ tiêu"), t);
        assertTrue(t.contains("Ngày 6/9/2024, các Sở, ngành của tỉnh thẩm định đạt 06 tiêu chí và 08 chỉ tiêu"), t);
        assertTrue(t.contains("Các chỉ tiêu 13.2, 13.3, 13.4, 13.5 trong tiêu chí số 13"), t);
        assertTrue(t.contains("trước ngày 25/9/2024"), t);
        assertTrue(t.contains("trước ngày 15/10/2024"), t);
        assertTrue(t.contains("10h00 thứ Sáu hàng tuần từ ngày 16/9/2024"), t);
        assertTrue(t.contains("Friday at 10:00"), t);
        assertTrue(t.contains("Xã Quyết Thắng (HL-QT)") && t.contains("Đã đạt 11/19 tiêu chí"), t);
        // the weekly diff: Minh Tiến 16/9 → 27/9
        assertTrue(t.contains("Tiến độ từ ngày 16/9/2024"), t);
        assertTrue(t.contains("số tiêu chí đạt 14 → 15; đạt thêm tiêu chí số 19"), t);
        assertTrue(t.contains("huyện thẩm tra tiêu chí số 8 ngày 25/9/2024"), t);
        assertTrue(t.contains("QUÁ HẠN (overdue)"), t);
        assertTrue(t.indexOf("Xã Minh Tiến") < t.indexOf("Xã Quyết Thắng"), t);
    }

    @Test
    void jsonReportCarriesTheSameFacts() throws Exception {
        CliRun r = CliRun.run("district-report", "--format", "json", "--plan", "huu-lung/plan.yaml",
                "--previous", "huu-lung/minh-tien.json", "huu-lung/2024-09-27", "huu-lung/quyet-thang.json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = NtmJson.mapper().readTree(r.out());
        assertEquals("ntm-district-report/1", d.get("format").asText());
        assertEquals("2024-09-27", d.get("asOf").asText());
        assertEquals("2024-09-27T10:00:00", d.get("nextReport").asText());
        assertEquals("2024-09-25", d.at("/plan/deadlines/ACHIEVED_NOT_APPRAISED").asText());
        JsonNode mt = d.at("/communes/0");
        assertEquals("HL-MT", mt.at("/commune/code").asText());
        assertEquals("06 tiêu chí và 08 chỉ tiêu", mt.at("/provinceAppraisal/summary").asText());
        assertEquals("19", mt.at("/progress/criteriaGained/0").asText());
        assertEquals(1, mt.at("/schedule/overdueCount").asInt());
        JsonNode qt = d.at("/communes/1");
        assertEquals("04 tiêu chí và 07 chỉ tiêu", qt.at("/provinceAppraisal/summary").asText());
        assertTrue(qt.at("/progress").isMissingNode());
        assertEquals(8, qt.at("/groups/TO_ACHIEVE").size());
    }

    @Test
    void evaluateWithAPlanAddsDueDatesToTheResult() throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", "--plan", "huu-lung/plan.yaml", "huu-lung/quyet-thang.json");
        assertEquals(0, r.code(), r.err());
        JsonNode res = NtmJson.mapper().readTree(r.out());
        assertEquals(java.util.List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, res));
        assertEquals("2", res.at("/schedule/items/0/criterion").asText());
        assertEquals("2024-10-15", res.at("/schedule/items/0/due").asText());
        assertEquals("2024-09-25", res.at("/schedule/items/4/due").asText()); // criterion 8, achieved not appraised
        assertEquals("APPRAISED", res.at("/criteria/0/group").asText());
        assertEquals("2024-08-23", res.at("/criteria/0/appraisedOn").asText());
    }

    @Test
    void theExampleFolderHoldsTheLettersThreeCommunesNotTheLaterAssessment() {
        CliRun r = CliRun.run("evaluate", "--format", "json", "huu-lung");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().trim().startsWith("["));
        assertEquals(3, r.out().split("\"format\" : \"ntm-result/1\"").length - 1);
    }

    @Test
    void aBadPlanIsBadInputNamingTheField(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "format: ntm-plan/1\ndistrict: X\nsource: Y\ndeadlines:\n  achievedNotAppraised: 2024-09-25\n");
        CliRun r = CliRun.run("district-report", "--format", "json", "--plan", plan.toString(), "huu-lung");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("deadlines.toAchieve: is required"), r.err());
        assertEquals("ntm-error/1", NtmJson.mapper().readTree(r.out()).get("format").asText());
        CliRun e = CliRun.run("evaluate", "--plan", plan.toString(), "huu-lung");
        assertEquals(2, e.code());
    }
}
