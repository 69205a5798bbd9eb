package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.core.json.NtmJson;

/** district-report counts at one date, flags stale communes, and takes --as-of, --overlay and --strict like evaluate. */
class DistrictReportOptionsTest {

    private static JsonNode commune(JsonNode report, String code) {
        for (JsonNode s : report.get("communes")) if (s.at("/commune/code").asText().equals(code)) return s;
        throw new AssertionError(code + " not in the report");
    }

    @Test
    void quyetThangIsCountedAtTheReportsDateNotItsOwn() throws Exception {
        CliRun r = CliRun.run("district-report", "--plan", "huu-lung/plan.yaml", "huu-lung", "huu-lung/2024-09-27");
        assertEquals(0, r.code(), r.err());
        // Quyết Thắng, assessed 16/9: on 27/9 the dossiers due 25/9 are late
        String qt = r.out().substring(r.out().indexOf("Xã Quyết Thắng"));
        assertTrue(qt.contains("hạn đã qua 2 ngày"), qt);
        assertTrue(qt.contains("QUÁ HẠN (overdue)"), qt);
        assertTrue(qt.contains("số liệu cũ"), qt);
    }

    @Test
    void asOfMovesEveryDeadline() throws Exception {
        CliRun r = CliRun.run("district-report", "--format", "json", "--as-of", "2024-09-20", "--plan", "huu-lung/plan.yaml",
                "huu-lung", "huu-lung/2024-09-27");
        assertEquals(0, r.code(), r.err());
        JsonNode d = NtmJson.mapper().readTree(r.out());
        assertEquals("2024-09-20", d.get("asOf").asText());
        JsonNode qt = commune(d, "HL-QT");
        assertEquals("2024-09-20", qt.at("/schedule/asOf").asText());
        assertEquals(0, qt.at("/schedule/overdueCount").asInt());
        assertEquals(false, qt.get("stale").asBoolean(), "16/9 is within the week ending 20/9");
    }

    @Test
    void strictAndOverlayAreAcceptedAsForEvaluate(@TempDir Path dir) throws Exception {
        CliRun strict = CliRun.run("district-report", "--format", "json", "--strict", "huu-lung/minh-tien.json");
        assertEquals(0, strict.code(), strict.err());
        CliRun plain = CliRun.run("district-report", "--format", "json", "huu-lung/minh-tien.json");
        int strictAchieved = commune(NtmJson.mapper().readTree(strict.out()), "HL-MT").get("achievedCount").asInt();
        int plainAchieved = commune(NtmJson.mapper().readTree(plain.out()), "HL-MT").get("achievedCount").asInt();
        assertEquals(14, plainAchieved);
        assertTrue(strictAchieved < plainAchieved, "strict turns unverified results into no data: " + strictAchieved);
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(overlay, """
                format: ntm-overlay/1
                province: Lạng Sơn
                region: TDMNPB
                decision: "QĐ thử nghiệm (test)"
                criteriaSet: xa-ntm-2021-2025
                thresholds:
                  - indicator: "3.1"
                    from: 2022-03-08
                    to: 2025-12-31
                    value: 90
                    provenance: PROVINCIAL
                    citation: "QĐ thử nghiệm, chỉ tiêu 3.1"
                """);
        CliRun tightened = CliRun.run("district-report", "--format", "json", "--overlay", overlay.toString(), "huu-lung/minh-tien.json");
        assertEquals(0, tightened.code(), tightened.err());
        assertEquals(13, commune(NtmJson.mapper().readTree(tightened.out()), "HL-MT").get("achievedCount").asInt(),
                "3.1 at 83.5 % fails the province's 90 %");
    }

    @Test
    void aBadFileIsListedAndTheOthersAreReported(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("huu-lung/minh-tien.json"), dir.resolve("a.json"));
        Files.writeString(dir.resolve("b.json"), "{\"format\": \"ntm-assessment/1\"} 1");
        CliRun r = CliRun.run("district-report", "--format", "json", dir.toString());
        assertEquals(2, r.code(), r.err());
        JsonNode d = NtmJson.mapper().readTree(r.out());
        assertEquals("HL-MT", d.at("/communes/0/commune/code").asText());
        assertEquals("ntm-error/1", d.at("/inputErrors/0/format").asText());
        assertEquals(dir.resolve("b.json").toString(), d.at("/inputErrors/0/source").asText());
    }
}
