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
