package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.core.json.NtmJson;

/** Overlays on the command line: the error names the overlay that failed; --strict accepts them only when asked. */
@DisplayName("ntm evaluate --overlay, --accept-overlay")
class OverlayCommandTest {
    static final Path MINH_TIEN = Path.of("huu-lung", "minh-tien.json");
    static final String GOOD = """
            format: ntm-overlay/1
            province: Lạng Sơn
            region: TDMNPB
            decision: "QĐ thử nghiệm"
            criteriaSet: xa-ntm-2021-2025
            thresholds:
              - indicator: "10"
                from: 2024-01-01
                to: 2024-12-31
                value: 40
                provenance: PROVINCIAL
                citation: "QĐ thử nghiệm, chỉ tiêu 10"
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Lỗi nêu đúng tệp overlay bị lỗi, không phải tệp đầu tiên (review §2.5)")
    void theErrorNamesTheOverlayThatFailed() throws Exception {
        Path good = write("good.yaml", GOOD);
        Path bad = write("bad.yaml", GOOD.replace("value: 40", "value: 95\n    value: 10"));
        CliRun r = CliRun.run("evaluate", "--format", "json", "--overlay", good.toString(), "--overlay", bad.toString(),
                MINH_TIEN.toString());
        assertEquals(2, r.exit(), r.err());
        JsonNode doc = NtmJson.mapper().readTree(r.out());
        assertTrue(doc.hasNonNull("source"), r.out() + r.err());
        assertEquals(bad.toString(), doc.get("source").asText(), r.out());
        assertTrue(r.err().contains("bad.yaml") && r.err().toLowerCase().contains("duplicate"), r.err());
        assertFalse(r.err().contains("good.yaml"), r.err());
    }

    @Test
    @DisplayName("--strict giữ kết quả dựa trên mức của tỉnh chỉ khi có --accept-overlay")
    void strictAcceptsOverlayLevelsOnlyWhenAsked() throws Exception {
        Path good = write("good.yaml", GOOD);
        JsonNode plain = NtmJson.mapper().readTree(CliRun.run("evaluate", "--format", "json", "--strict", "--overlay",
                good.toString(), MINH_TIEN.toString()).out());
        JsonNode accepted = NtmJson.mapper().readTree(CliRun.run("evaluate", "--format", "json", "--strict", "--accept-overlay",
                "--overlay", good.toString(), MINH_TIEN.toString()).out());
        JsonNode income = indicator(plain, "10");
        assertEquals("NO_DATA", income.get("status").asText(), income.toString());
        assertEquals("THRESHOLD_UNVERIFIED_STRICT", income.get("reason").asText());
        JsonNode decided = indicator(accepted, "10");
        assertEquals("FAIL", decided.get("status").asText(), "38.5 < the province's 40");
        assertEquals("CERTAIN", decided.get("certainty").asText());
        assertEquals("PROVINCIAL", decided.get("thresholdProvenance").asText());
        assertFalse(decided.get("thresholdVerified").booleanValue(), "never shown as a level the project verified");
    }

    static JsonNode indicator(JsonNode doc, String code) {
        for (JsonNode c : doc.get("criteria")) for (JsonNode i : c.get("indicators")) if (i.get("code").asText().equals(code)) return i;
        throw new AssertionError(code);
    }
}
