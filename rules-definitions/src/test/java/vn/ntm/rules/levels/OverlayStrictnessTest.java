package vn.ntm.rules.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;

/** Overlays are read as strictly as assessments and keep their own provenance (review §2.5 probes). */
@DisplayName("Overlay của tỉnh: đọc nghiêm ngặt, giữ nguồn gốc, không vượt qua chế độ nghiêm ngặt")
class OverlayStrictnessTest {
    static final Definitions DEFS = Definitions.load();
    static final String HEAD = """
            format: ntm-overlay/1
            province: Lạng Sơn
            region: TDMNPB
            decision: "QĐ thử nghiệm"
            criteriaSet: xa-ntm-2021-2025
            thresholds:
            """;

    static Overlay load(String items) {
        return Overlay.load(new ByteArrayInputStream((HEAD + items).getBytes(StandardCharsets.UTF_8)), "probe.yaml", DEFS);
    }

    static String item(String indicator, String from, String to, String value, String provenance) {
        return "  - indicator: \"" + indicator + "\"\n    from: " + from + "\n" + (to == null ? "" : "    to: " + to + "\n")
                + "    value: " + value + "\n    provenance: " + provenance + "\n    citation: \"QĐ thử nghiệm\"\n";
    }

    static String error(String items) {
        return assertThrows(DefinitionsException.class, () -> load(items)).getMessage();
    }

    @Test
    @DisplayName("Khóa lặp, to trước from, hai thời kỳ chồng nhau, tỷ lệ ngoài 0–100 % đều là lỗi nêu tên overlay")
    void malformedOverlaysAreErrors() {
        String dup = item("2.2", "2022-03-08", null, "95", "PROVINCIAL").replace("    value: 95\n", "    value: 95\n    value: 10\n");
        assertTrue(error(dup).contains("probe.yaml") && error(dup).contains("Duplicate field 'value'"), error(dup));
        assertTrue(error(item("2.2", "2025-01-01", "2022-01-01", "90", "PROVINCIAL")).contains("is before from"));
        String overlapping = item("2.2", "2022-03-08", "2024-12-31", "90", "PROVINCIAL") + item("2.2", "2024-01-01", null, "92", "PROVINCIAL");
        assertTrue(error(overlapping).contains("overlapping"), error(overlapping));
        assertTrue(error(item("2.2", "2022-03-08", null, "150", "PROVINCIAL")).contains("0–100"));
        assertTrue(error(item("2.2", "2022-03-08", null, "-5", "PROVINCIAL")).contains("negative"));
    }

    @Test
    @DisplayName("verified: true không còn được nhận: overlay nói rõ nguồn gốc (PROVINCIAL hoặc NATIONAL_READ)")
    void verifiedIsRefused() {
        String old = item("10", "2024-01-01", null, "1", "PROVINCIAL").replace("    provenance: PROVINCIAL\n", "    verified: true\n");
        assertTrue(error(old).contains("provenance"), error(old));
    }

    @Test
    @DisplayName("Probe review §2.5: thu nhập 1 triệu do overlay điền không làm kết quả nghiêm ngặt thành Đạt đã xác minh")
    void anOverlayCannotBypassStrictMode() {
        Overlay o = load(item("10", "2024-01-01", "2024-12-31", "1", "PROVINCIAL"));
        Assessment minhTien = Assessment.builder()
                .commune(new Commune("HL-MT", "Minh Tiến", "Hữu Lũng", "Lạng Sơn", Region.TDMNPB, List.of()))
                .criteriaSet("xa-ntm-2021-2025").assessedOn(LocalDate.of(2024, 9, 16)).value("10", new BigDecimal("38.5")).build();
        AssessmentResult strict = Evaluator.builder().definitions(DEFS).overlay(o).strict(true).build().evaluate(minhTien);
        IndicatorResult income = strict.indicator("10");
        assertEquals(IndicatorStatus.NO_DATA, income.status(), "not accepted: the province's level is not one this project verified");
        assertEquals(NoDataReason.THRESHOLD_UNVERIFIED_STRICT, income.reason());
        assertFalse(income.thresholdVerified());
        AssessmentResult lax = Evaluator.builder().definitions(DEFS).overlay(o).build().evaluate(minhTien);
        assertEquals(IndicatorStatus.PASS, lax.indicator("10").status(), "the province's cited level decides in the default mode");
        assertEquals(Certainty.PROVISIONAL, lax.indicator("10").certainty());
        assertEquals(1, lax.unverifiedThresholdCount());
    }

    @Test
    @DisplayName("Tỉnh được nâng mức đã xác minh; kết quả chắc chắn khi mức quốc gia bên dưới cũng quyết định như vậy")
    void tighteningAVerifiedLevel() {
        Overlay o = load(item("3.1", "2022-03-08", null, "85", "PROVINCIAL"));
        Evaluator ev = Evaluator.builder().definitions(DEFS).overlay(o).build();
        Commune c = new Commune("LS-1", "Thử", null, "Lạng Sơn", Region.TDMNPB, List.of());
        IndicatorResult at79 = ev.evaluate(Assessment.builder().commune(c).criteriaSet("xa-ntm-2021-2025")
                .assessedOn(LocalDate.of(2024, 9, 16)).value("3.1", new BigDecimal("79")).build()).indicator("3.1");
        assertEquals(IndicatorStatus.FAIL, at79.status());
        assertEquals(Certainty.CERTAIN, at79.certainty(), "79 < the verified national 80: a fail whatever the province says");
        IndicatorResult at82 = ev.evaluate(Assessment.builder().commune(c).criteriaSet("xa-ntm-2021-2025")
                .assessedOn(LocalDate.of(2024, 9, 16)).value("3.1", new BigDecimal("82")).build()).indicator("3.1");
        assertEquals(IndicatorStatus.FAIL, at82.status(), "below the province's 85");
        assertEquals(Certainty.PROVISIONAL, at82.certainty(), "it rests on the province's level alone");
        String loosens = error(item("3.1", "2022-03-08", null, "70", "NATIONAL_READ"));
        assertTrue(loosens.contains("would loosen the verified national") && loosens.contains("TDMNPB") && !loosens.contains("DBSCL"),
                "only the regions that apply to the province are compared: " + loosens);
    }

    @Test
    @DisplayName("Overlay không áp dụng cho xã (tỉnh khác hoặc không ghi tỉnh) là một cảnh báo trong kết quả")
    void anOverlayThatAppliesToNoCommuneIsAWarning() {
        Overlay o = load(item("2.2", "2022-03-08", null, "90", "PROVINCIAL"));
        Commune noProvince = new Commune("X", "Thử", null, null, Region.TDMNPB, List.of());
        AssessmentResult r = Evaluator.builder().definitions(DEFS).overlay(o).build().evaluate(Assessment.builder()
                .commune(noProvince).criteriaSet("xa-ntm-2021-2025").assessedOn(LocalDate.of(2024, 9, 16)).build());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind().equals("OVERLAY_NOT_APPLIED") && w.message().contains("Lạng Sơn")),
                r.warnings().toString());
    }
}
