package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.RuleInfo;

/** The recognition conditions of 18/2022/QĐ-TTg are rules of the law module, one per condition, each cited. */
@DisplayName("Điều kiện công nhận (18/2022/QĐ-TTg Điều 4, sửa đổi bởi 03/2024/QĐ-TTg) là quy tắc của mô-đun luật")
class RecognitionRulesTest {

    @Test
    @DisplayName("Điều kiện 4 theo 03/2024/QĐ-TTg: xã chưa đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" thì không đủ điều kiện")
    void conditionFourAsAmended() {
        var met = Fixtures.allAchieved(Fixtures.result("quyet-thang.json"));
        var poll = new vn.ntm.core.input.SatisfactionPoll(1000, 700, 560);
        var notSafe = Fixtures.EVALUATOR.recognition(met, new vn.ntm.core.input.RecognitionInput(false, null, poll, false));
        assertTrue(notSafe.decidable());
        assertEquals(List.of(vn.ntm.core.facts.BlockerKind.SECURITY_ORDER_STANDARD_NOT_MET),
                notSafe.blockers().stream().map(b -> b.kind()).toList());
        var safe = Fixtures.EVALUATOR.recognition(met, new vn.ntm.core.input.RecognitionInput(false, null, poll, true));
        assertTrue(safe.eligible(), safe.blockers().toString());
        var neither = Fixtures.EVALUATOR.recognition(met, new vn.ntm.core.input.RecognitionInput(false, null, poll, null));
        assertEquals(false, neither.decidable(), "no answer to either question: unknown, never a fail");
        var read = vn.ntm.core.json.NtmJson.readAssessment("""
                {"format": "ntm-assessment/1", "commune": {"code": "X", "name": "Thử", "region": "TDMNPB"},
                 "criteriaSet": "xa-ntm-2021-2025", "assessedOn": "2024-09-16", "indicators": {},
                 "recognition": {"securityOrderSafe": false}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "safe.json", Fixtures.EVALUATOR.definitions());
        assertEquals(Boolean.FALSE, read.recognition().securityOrderSafe(), "read from ntm-assessment/1 (extension field)");
    }

    @Test
    @DisplayName("Mỗi bộ tiêu chí có đúng một quy tắc cho mỗi điều kiện, với trích dẫn Điều 4 khoản 1")
    void oneCitedRulePerCondition() {
        Definitions defs = Definitions.load();
        for (String set : defs.sets().keySet()) {
            Map<String, RuleInfo> rules = defs.recognitionRules(set);
            assertEquals(List.of("facts", "1", "1-prerequisite", "2", "3", "4"), List.copyOf(rules.keySet()).stream().sorted(
                    java.util.Comparator.comparing((String k) -> k.equals("facts") ? "0" : k)).toList(), set);
            assertTrue(rules.get("1").legalRef().contains("18/2022/QĐ-TTg") && rules.get("1").legalRef().contains("điểm a"), set);
            assertTrue(rules.get("2").legalRef().contains("điểm b"), set);
            assertTrue(rules.get("3").legalRef().contains("điểm c"), set);
            assertTrue(rules.get("4").legalRef().contains("điểm d") && rules.get("4").legalRef().contains("03/2024/QĐ-TTg"),
                    "condition 4 as amended by 03/2024: " + rules.get("4").legalRef());
            assertEquals("vn.ntm.rules.common", rules.get("1").pkg(), "law module rules, not engine code");
        }
    }
}
