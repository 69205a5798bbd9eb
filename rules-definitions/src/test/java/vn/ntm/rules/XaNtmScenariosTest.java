package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.Communes.DAY;
import static vn.ntm.rules.Communes.DEFS;
import static vn.ntm.rules.Communes.EVALUATOR;
import static vn.ntm.rules.Communes.XA_NTM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.Provenance;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.CommuneCategory;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;

/** Named scenarios that read like the law. */
@DisplayName("Bộ tiêu chí xã NTM 2021–2025: tình huống")
class XaNtmScenariosTest {

    private static Assessment passing() { return Communes.passing(XA_NTM, Region.TDMNPB, DAY).build(); }

    private static Path overlay(String name) throws Exception {
        return Path.of(XaNtmScenariosTest.class.getResource("/overlays/" + name).toURI());
    }

    @Test
    @DisplayName("3.1: 80 % diện tích tưới tiêu chủ động là đạt, 79,99 % là không đạt (mức đã xác minh, 318 Phụ lục I)")
    void irrigationBoundary() {
        AssessmentResult at = EVALUATOR.evaluate(Communes.with(passing(), "3.1", new BigDecimal("80")));
        AssessmentResult below = EVALUATOR.evaluate(Communes.with(passing(), "3.1", new BigDecimal("79.99")));
        assertEquals(IndicatorStatus.PASS, at.indicator("3.1").status());
        assertTrue(at.indicator("3.1").thresholdVerified());
        assertEquals(IndicatorStatus.FAIL, below.indicator("3.1").status());
        assertEquals(new BigDecimal("0.01"), below.indicator("3.1").gap());
        assertEquals(CriterionStatus.NOT_ACHIEVED, below.criterion("3").status());
        assertEquals("318/QĐ-TTg, Phụ lục I, tiêu chí 3, chỉ tiêu 3.1", below.indicator("3.1").legalRef());
    }

    @Test
    @DisplayName("15.3: tỷ lệ suy dinh dưỡng thấp còi là chỉ tiêu càng thấp càng tốt, mức theo vùng")
    void stuntingIsLowerIsBetterByRegion() {
        Assessment td = Communes.with(passing(), "15.3", new BigDecimal("24"));
        assertEquals(IndicatorStatus.PASS, EVALUATOR.evaluate(td).indicator("15.3").status());
        assertEquals(IndicatorStatus.FAIL, EVALUATOR.evaluate(Communes.with(td, "15.3", new BigDecimal("24.1"))).indicator("15.3").status());
        Assessment dbsh = Communes.with(Communes.passing(XA_NTM, Region.DBSH, DAY).build(), "15.3", new BigDecimal("20"));
        assertEquals(IndicatorStatus.FAIL, EVALUATOR.evaluate(dbsh).indicator("15.3").status(), "ĐBSH allows at most 16.5 %");
    }

    @Test
    @DisplayName("Xã ĐBKK hoặc ATK dùng mức của vùng TDMNPB dù ở vùng khác (318 Điều 1)")
    void specialCommunesUseTdmnpb() {
        for (CommuneCategory cat : CommuneCategory.values()) {
            Assessment dbsh = Communes.passing(XA_NTM, Region.DBSH, DAY).build();
            Commune special = new Commune("X", "Đặc biệt", null, null, Region.DBSH, List.of(cat));
            Assessment a = new Assessment(special, XA_NTM, DAY, Map.of("15.3", new BigDecimal("20"), "2.2", new BigDecimal("80")),
                    List.of(), List.of(), List.of(), null);
            AssessmentResult r = EVALUATOR.evaluate(a);
            assertEquals(Region.TDMNPB, r.commune().thresholdRegion());
            assertEquals(Region.DBSH, r.commune().region());
            assertEquals(IndicatorStatus.PASS, r.indicator("15.3").status(), cat + ": TDMNPB allows up to 24 %");
            assertEquals(IndicatorStatus.PASS, r.indicator("2.2").status(), cat + ": TDMNPB has a provisional 80 %");
            assertEquals(IndicatorStatus.NO_DATA, EVALUATOR.evaluate(dbsh).indicator("2.2").status(), "the ĐBSH level of 2.2 is unknown");
        }
    }

    @Test
    @DisplayName("Thiếu số liệu không bao giờ là không đạt: chỉ tiêu chưa có số liệu, tiêu chí chưa đủ số liệu")
    void missingDataIsNeverAFail() {
        AssessmentResult r = EVALUATOR.evaluate(Communes.with(passing(), "4.2", null));
        IndicatorResult i = r.indicator("4.2");
        assertEquals(IndicatorStatus.NO_DATA, i.status());
        assertEquals(NoDataReason.NO_VALUE, i.reason());
        assertNull(i.value());
        assertEquals(CriterionStatus.INCOMPLETE, r.criterion("4").status());
        assertTrue(r.pollReadiness().blockers().stream().anyMatch(b -> b.kind() == BlockerKind.CRITERION_INCOMPLETE && b.ref().equals("4")));
    }

    @Test
    @DisplayName("Mức quy định chưa xác định (\"unknown\") cho kết quả chưa có số liệu, không phải không đạt")
    void unknownThresholdIsNoData() {
        AssessmentResult r = EVALUATOR.evaluate(Communes.with(passing(), "17.11", new BigDecimal("1")));
        assertEquals(IndicatorStatus.NO_DATA, r.indicator("17.11").status());
        assertEquals(NoDataReason.THRESHOLD_UNKNOWN, r.indicator("17.11").reason());
    }

    @Test
    @DisplayName("Thu nhập: mức theo năm; năm 2024 chỉ biết cận dưới (mức 2022 vùng TDMNPB, 39 triệu): quyết định tạm tính; vùng chưa có mức là chưa có số liệu")
    void incomeIsDatedByYear() {
        Assessment a2022 = Communes.with(passing(), "10", new BigDecimal("39"));
        assertEquals(IndicatorStatus.PASS, EVALUATOR.evaluate(a2022).indicator("10").status());
        assertEquals(IndicatorStatus.FAIL, EVALUATOR.evaluate(Communes.with(a2022, "10", new BigDecimal("38.99"))).indicator("10").status());
        Assessment a2024 = new Assessment(a2022.commune(), XA_NTM, LocalDate.of(2024, 9, 16), a2022.indicators(), List.of(),
                a2022.evidence(), List.of(), null);
        IndicatorResult at39 = EVALUATOR.evaluate(a2024).indicator("10");
        assertEquals(IndicatorStatus.PASS, at39.status(), "at the floor: the 2024 level is at least the 2022 level");
        assertEquals(Certainty.PROVISIONAL, at39.certainty(), "the 2024 level may be higher");
        assertEquals(LevelKind.FLOOR, at39.thresholdKind());
        IndicatorResult below = EVALUATOR.evaluate(Communes.with(a2024, "10", new BigDecimal("38.5"))).indicator("10");
        assertEquals(IndicatorStatus.FAIL, below.status());
        assertEquals(Certainty.PROVISIONAL, below.certainty(), "the floor is itself a stand-in (Bình Phước's 2022 level): not binding");
        Assessment dbsh = new Assessment(Communes.commune(Region.DBSH), XA_NTM, LocalDate.of(2024, 9, 16), a2022.indicators(),
                List.of(), a2022.evidence(), List.of(), null);
        assertEquals(NoDataReason.THRESHOLD_UNKNOWN, EVALUATOR.evaluate(dbsh).indicator("10").reason());
    }

    @Test
    @DisplayName("Trước ngày 318/QĐ-TTg có hiệu lực (08/3/2022) không có mức quy định nào")
    void beforeTheDecisionNothingIsInForce() {
        Assessment early = new Assessment(passing().commune(), XA_NTM, LocalDate.of(2022, 3, 7), passing().indicators(),
                List.of(), passing().evidence(), List.of(), null);
        AssessmentResult r = EVALUATOR.evaluate(early);
        assertEquals(NoDataReason.NO_THRESHOLD_IN_FORCE, r.indicator("3.1").reason());
        assertEquals(0, r.achievedCount());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind().equals("OUTSIDE_SET_PERIOD")));
    }

    @Test
    @DisplayName("Chỉ tiêu có điều kiện (\"nếu có\") được khai báo không áp dụng: không tính, không đòi hồ sơ")
    void conditionalIndicatorDeclaredNotApplicable() {
        AssessmentResult r = EVALUATOR.evaluate(Communes.withNotApplicable(passing(), "13.4"));
        assertEquals(IndicatorStatus.NOT_APPLICABLE, r.indicator("13.4").status());
        assertEquals(CriterionStatus.ACHIEVED, r.criterion("13").status());
        assertTrue(r.indicator("13.4").missingEvidence().isEmpty());
        assertTrue(r.missingEvidence().stream().noneMatch(e -> e.indicator().equals("13.4")));
    }

    @Test
    @DisplayName("Chỉ tiêu không có điều kiện thì không được khai báo không áp dụng")
    void unconditionalIndicatorCannotBeNotApplicable() {
        InvalidAssessmentException e = assertThrows(InvalidAssessmentException.class,
                () -> EVALUATOR.evaluate(Communes.withNotApplicable(passing(), "3.1")));
        assertTrue(e.errors().stream().anyMatch(x -> x.path().equals("notApplicable[0]")), e.errors().toString());
    }

    @Test
    @DisplayName("Chế độ nghiêm ngặt: kết quả dựa trên mức chưa xác minh thành chưa có số liệu; mức đã xác minh vẫn được đánh giá")
    void strictModeTurnsUnverifiedIntoNoData() {
        Evaluator strict = Evaluator.builder().definitions(DEFS).strict(true).build();
        AssessmentResult r = strict.evaluate(passing());
        assertEquals(IndicatorStatus.PASS, r.indicator("3.1").status());
        assertEquals(NoDataReason.THRESHOLD_UNVERIFIED_STRICT, r.indicator("4.2").reason());
        assertEquals(0, r.unverifiedThresholdCount());
        AssessmentResult lax = EVALUATOR.evaluate(passing());
        assertTrue(lax.unverifiedThresholdCount() > 0);
        assertFalse(lax.indicator("4.2").thresholdVerified());
        assertTrue(lax.warnings().stream().anyMatch(w -> w.kind().equals("UNVERIFIED_THRESHOLDS")));
    }

    @Test
    @DisplayName("Hồ sơ minh chứng còn thiếu chặn việc lấy ý kiến sự hài lòng")
    void missingEvidenceBlocksThePoll() {
        Assessment a = passing();
        Assessment lacking = new Assessment(a.commune(), XA_NTM, DAY, a.indicators(), List.of(),
                a.evidence().stream().filter(e -> !e.indicator().equals("3.1")).toList(), List.of(), null);
        AssessmentResult r = EVALUATOR.evaluate(lacking);
        assertEquals(2, r.indicator("3.1").missingEvidence().size());
        assertEquals(CriterionStatus.ACHIEVED, r.criterion("3").status(), "evidence does not change the criterion's status");
        assertTrue(r.pollReadiness().blockers().stream().anyMatch(b -> b.kind() == BlockerKind.EVIDENCE_MISSING && b.ref().startsWith("3.1:")));
        assertFalse(r.pollReadiness().ready());
    }

    @Test
    @DisplayName("Tỉnh nâng mức (overlay): mức của tỉnh được dùng cho xã của tỉnh, có trích dẫn quyết định của tỉnh")
    void provincialOverlayTightens() throws Exception {
        Evaluator ls = Evaluator.builder().definitions(DEFS).overlay(overlay("lang-son-tightens.yaml")).build();
        Commune inLangSon = new Commune("LS", "Thử", "Hữu Lũng", "Lạng Sơn", Region.TDMNPB, List.of());
        Assessment a = passing();
        Assessment ours = new Assessment(inLangSon, XA_NTM, DAY, a.indicators(), List.of(), a.evidence(), List.of(), null);
        Assessment at85 = Communes.with(ours, "2.2", new BigDecimal("85"));
        IndicatorResult i = ls.evaluate(at85).indicator("2.2");
        assertEquals(IndicatorStatus.FAIL, i.status(), "Lạng Sơn requires 90 %");
        assertEquals(new BigDecimal("90"), i.threshold());
        assertTrue(i.thresholdSource().startsWith("Lạng Sơn"), i.thresholdSource());
        assertFalse(i.thresholdVerified(), "an overlay's level is never shown as one this project verified");
        assertEquals(Provenance.PROVINCIAL, i.thresholdProvenance(), "the province cites its own decision");
        assertEquals(IndicatorStatus.PASS, ls.evaluate(Communes.with(passing(), "2.2", new BigDecimal("85"))).indicator("2.2").status(),
                "a commune of another province keeps the national level");
    }

    @Test
    @DisplayName("Với mức của tỉnh cho 17.9 và 17.11 (chưa có mức quốc gia), xã đạt 19/19 và đủ điều kiện lấy ý kiến")
    void fullyMetCommuneIsReadyForThePoll() throws Exception {
        Evaluator ls = Evaluator.builder().definitions(DEFS).overlay(overlay("lang-son-tightens.yaml")).build();
        Commune inLangSon = new Commune("LS", "Thử", "Hữu Lũng", "Lạng Sơn", Region.TDMNPB, List.of());
        Assessment a = passing();
        Assessment ours = new Assessment(inLangSon, XA_NTM, DAY, a.indicators(), List.of(), a.evidence(), List.of(), null);
        // the overlay's levels (17.9 ≥ 80, 17.11 ≥ 60, 2.2 ≥ 90), as literals
        ours = Communes.with(Communes.with(Communes.with(ours, "17.9", new BigDecimal("80")), "17.11", new BigDecimal("60")),
                "2.2", new BigDecimal("90"));
        AssessmentResult r = ls.evaluate(ours);
        assertEquals(19, r.achievedCount(), r.pollReadiness().blockers().toString());
        assertTrue(r.pollReadiness().ready());
        assertTrue(r.pollReadiness().blockers().isEmpty());
    }

    @Test
    @DisplayName("Tỉnh không được hạ mức quốc gia đã xác minh: lỗi nêu cả hai trích dẫn")
    void overlayMayNotLoosenAVerifiedMinimum() throws Exception {
        DefinitionsException e = assertThrows(DefinitionsException.class,
                () -> Evaluator.builder().definitions(DEFS).overlay(overlay("loosens-verified.yaml")).build());
        assertTrue(e.getMessage().contains("QĐ 98/QĐ-UBND"), e.getMessage());
        assertTrue(e.getMessage().contains("318/QĐ-TTg, Phụ lục I, tiêu chí 3, chỉ tiêu 3.1"), e.getMessage());
    }

    @Test
    @DisplayName("Khác với mức tạm tính, mức có trích dẫn của tỉnh được dùng và kết quả nói rõ nguồn")
    void overlayReplacesAProvisionalValue() throws Exception {
        Evaluator ls = Evaluator.builder().definitions(DEFS).overlay(overlay("lowers-provisional.yaml")).build();
        Commune inLangSon = new Commune("LS", "Thử", null, "Lạng Sơn", Region.TDMNPB, List.of());
        Assessment a = new Assessment(inLangSon, XA_NTM, DAY, Map.of("2.2", new BigDecimal("76")), List.of(), List.of(), List.of(), null);
        IndicatorResult i = ls.evaluate(a).indicator("2.2");
        assertEquals(IndicatorStatus.PASS, i.status());
        assertEquals("QĐ 97/QĐ-UBND (thử nghiệm), chỉ tiêu 2.2", i.thresholdCitation());
        assertFalse(i.thresholdVerified(), "an overlay's level is never shown as one this project verified");
        assertEquals(Certainty.PROVISIONAL, i.certainty(), "overlay levels are certain only when the caller accepts overlays");
    }

    @Test
    @DisplayName("17.1 là chỉ tiêu gồm nhiều thành phần: thiếu một thành phần thì không đạt, thiếu số liệu thành phần thì chưa có số liệu")
    void compositeWaterIndicator() {
        AssessmentResult fail = EVALUATOR.evaluate(Communes.with(passing(), "17.1",
                Map.of("overall", new BigDecimal("99"), "centralized", new BigDecimal("19.99"))));
        assertEquals(IndicatorStatus.FAIL, fail.indicator("17.1").status());
        assertEquals(IndicatorStatus.FAIL, fail.indicator("17.1").parts().get(1).status());
        AssessmentResult partial = EVALUATOR.evaluate(Communes.with(passing(), "17.1", Map.of("overall", new BigDecimal("99"))));
        assertEquals(IndicatorStatus.NO_DATA, partial.indicator("17.1").status());
        assertEquals(NoDataReason.PART_MISSING, partial.indicator("17.1").reason());
    }
}
