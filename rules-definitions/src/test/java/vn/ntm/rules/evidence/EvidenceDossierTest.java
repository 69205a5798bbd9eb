package vn.ntm.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.EvidenceItem;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.EvidenceRef;

/** The evidence dossier is law data a province can replace; documents we invented say so; extra documents are kept. */
@DisplayName("Hồ sơ minh chứng: dữ liệu luật, tỉnh thay được; văn bản ngoài danh mục được giữ lại")
class EvidenceDossierTest {
    static final Definitions DEFS = Definitions.load();
    static final Commune LANG_SON = new Commune("HL-T", "Thử", "Hữu Lũng", "Lạng Sơn", Region.TDMNPB, List.of());

    static Overlay dossier(boolean strict) {
        String yaml = """
                format: ntm-overlay/1
                province: Lạng Sơn
                region: TDMNPB
                decision: "QĐ thử nghiệm về hồ sơ"
                criteriaSet: xa-ntm-2021-2025
                evidence:
                  strict: %s
                  documents:
                    - indicator: "3.1"
                      code: "LS-3.1-A"
                      titleVi: "Biên bản kiểm tra diện tích tưới tiêu của Phòng Nông nghiệp huyện"
                      titleEn: "District inspection record of irrigated area"
                      assumed: false
                      basis: "QĐ thử nghiệm về hồ sơ, Phụ lục"
                """.formatted(strict);
        return Overlay.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "dossier.yaml", DEFS);
    }

    static Assessment withDocuments(EvidenceItem... docs) {
        Assessment.Builder b = Assessment.builder().commune(LANG_SON).criteriaSet("xa-ntm-2021-2025")
                .assessedOn(LocalDate.of(2024, 9, 16)).value("3.1", new BigDecimal("85"));
        for (EvidenceItem d : docs) b.evidence(d);
        return b.build();
    }

    @Test
    @DisplayName("Mọi văn bản trong hồ sơ quốc gia đều do dự án đề xuất (assumed: true) và có cơ sở")
    void everyNationalDocumentWeInventedSaysSo() {
        for (CriteriaSet set : DEFS.sets().values()) {
            for (Indicator ind : set.indicators().values()) {
                for (EvidenceRequirement r : ind.evidence()) {
                    assertTrue(r.assumed(), set.id() + " " + r.code() + ": no dossier text was read, so every document is assumed");
                    assertTrue(r.basis() != null && !r.basis().isBlank(), set.id() + " " + r.code() + ": an assumed document says why");
                }
            }
        }
    }

    @Test
    @DisplayName("Văn bản có mã ngoài danh mục được giữ và báo là hồ sơ bổ sung, không bị từ chối")
    void anUnknownDocumentIsKeptAsAnExtraDocument() {
        AssessmentResult r = Evaluator.builder().definitions(DEFS).build()
                .evaluate(withDocuments(new EvidenceItem("3.1", "BB-2024-17", "Biên bản nghiệm thu kênh mương", null, null)));
        assertEquals(List.of(new EvidenceRef("3.1", "BB-2024-17", "Biên bản nghiệm thu kênh mương", null, false)), r.extraEvidence());
        AssessmentResult untitled = Evaluator.builder().definitions(DEFS).build()
                .evaluate(withDocuments(new EvidenceItem("3.1", "BB-2024-18", null, null, null)));
        for (AssessmentResult x : List.of(r, untitled)) {
            assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, NtmJson.toTree(x)), "ntm-result/1 with extra documents");
        }
        assertEquals(List.of("MC-3.1-01", "MC-3.1-02"), r.indicator("3.1").missingEvidence().stream().map(EvidenceRef::document).toList(),
                "the national (assumed) dossier still asks its own documents");
    }

    @Test
    @DisplayName("Hồ sơ của tỉnh thay hồ sơ quốc gia cho chỉ tiêu tỉnh quy định")
    void aProvincesDossierReplacesOursForItsIndicators() {
        Evaluator ls = Evaluator.builder().definitions(DEFS).overlay(dossier(false)).build();
        AssessmentResult none = ls.evaluate(withDocuments());
        List<EvidenceRef> missing = none.indicator("3.1").missingEvidence();
        assertEquals(List.of("LS-3.1-A"), missing.stream().map(EvidenceRef::document).toList());
        assertEquals(false, missing.get(0).assumed(), "the province's own document, not one we invented");
        AssessmentResult given = ls.evaluate(withDocuments(new EvidenceItem("3.1", "LS-3.1-A", null, null, null),
                new EvidenceItem("3.1", "MC-3.1-01", null, null, null)));
        assertEquals(List.of(), given.indicator("3.1").missingEvidence());
        assertEquals(List.of("MC-3.1-01"), given.extraEvidence().stream().map(EvidenceRef::document).toList(),
                "our document is outside the province's dossier: kept, reported as extra");
        assertEquals(List.of("MC-3.2-01", "MC-3.2-02"), none.indicator("3.2").missingEvidence().stream().map(EvidenceRef::document).toList(),
                "indicators the province's dossier does not name keep ours");
    }

    @Test
    @DisplayName("Hồ sơ của tỉnh đánh dấu strict: văn bản ngoài danh mục là lỗi dữ liệu nêu đường dẫn và tỉnh")
    void aStrictProvincialDossierRejectsOtherDocuments() {
        Evaluator ls = Evaluator.builder().definitions(DEFS).overlay(dossier(true)).build();
        InvalidAssessmentException e = assertThrows(InvalidAssessmentException.class,
                () -> ls.evaluate(withDocuments(new EvidenceItem("3.1", "MC-3.1-01", null, null, null))));
        assertEquals("evidence[0].document", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("Lạng Sơn"), e.errors().get(0).message());
    }
}
