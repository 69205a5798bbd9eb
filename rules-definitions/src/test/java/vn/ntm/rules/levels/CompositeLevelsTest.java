package vn.ntm.rules.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;

/**
 * Composite indicators follow three-valued (Kleene) logic for levels as for values: a part that certainly fails
 * fails the indicator, whatever another part's level.
 */
@DisplayName("Chỉ tiêu nhiều thành phần: một thành phần chắc chắn không đạt thì chỉ tiêu không đạt")
class CompositeLevelsTest {
    static final Definitions DEFS = Definitions.load();

    static Overlay overlay(String yaml) {
        return Overlay.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-overlay.yaml", DEFS);
    }

    @Test
    @DisplayName("17.1 (review §2.4): tỉnh quy định tỷ lệ cấp nước tập trung ≥ 30 %; xã 12 % — không đạt, cả ở chế độ nghiêm ngặt")
    void aCertainlyFailingPartFailsTheIndicatorInStrictMode() {
        Overlay o = overlay("""
                format: ntm-overlay/1
                province: Lạng Sơn
                region: TDMNPB
                decision: "QĐ thử nghiệm"
                criteriaSet: xa-ntm-2021-2025
                thresholds:
                  - indicator: "17.1"
                    part: centralized
                    from: 2024-01-01
                    value: 30
                    provenance: PROVINCIAL
                    citation: "QĐ thử nghiệm, chỉ tiêu 17.1"
                """);
        Evaluator strict = Evaluator.builder().definitions(DEFS).overlay(o).strict(true).acceptOverlay(true).build();
        Assessment a = Assessment.builder()
                .commune(new Commune("HL-MT", "Minh Tiến", "Hữu Lũng", "Lạng Sơn", Region.TDMNPB, List.of()))
                .criteriaSet("xa-ntm-2021-2025").assessedOn(LocalDate.of(2024, 9, 16))
                .value("17.1", Map.of("overall", new BigDecimal("91.2"), "centralized", new BigDecimal("12")))
                .build();
        AssessmentResult r = strict.evaluate(a);
        assertEquals(IndicatorStatus.FAIL, r.indicator("17.1").status(), r.indicator("17.1").toString());
        assertEquals(CriterionStatus.NOT_ACHIEVED, r.criterion("17").status());
        assertEquals(Certainty.CERTAIN, r.indicator("17.1").certainty(), "the accepted provincial 30 % settles it");
        assertEquals(IndicatorStatus.NO_DATA, r.indicator("17.1").parts().get(0).status(),
                "the overall share's national level (45 %) is a stand-in: undecided in strict mode");
    }
}
