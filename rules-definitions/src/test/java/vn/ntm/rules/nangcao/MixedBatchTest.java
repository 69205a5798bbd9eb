package vn.ntm.rules.nangcao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;

/** The Hữu Lũng letter's three communes in one batch: two xã NTM, one nâng cao, each against its own set. */
class MixedBatchTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "huu-lung");

    private static Assessment read(String file) throws IOException {
        return NtmJson.readAssessment(Files.readAllBytes(EXAMPLES.resolve(file)), file, SetFixtures.DEFS);
    }

    @Test
    void eachCommuneIsEvaluatedAgainstItsOwnSet() throws IOException {
        List<Assessment> batch = new ArrayList<>();
        for (String f : List.of("minh-tien.json", "cai-kinh.json", "quyet-thang.json")) batch.add(read(f));
        List<AssessmentResult> rs = SetFixtures.NATIONAL.evaluateAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(batch.get(i).criteriaSet(), rs.get(i).criteriaSet());
            assertEquals(batch.get(i).commune().code(), rs.get(i).commune().code());
            assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, NtmJson.toTree(rs.get(i))));
        }
        assertEquals(SetFixtures.XA, rs.get(0).criteriaSet());
        assertEquals(SetFixtures.NANG_CAO, rs.get(1).criteriaSet());
        assertEquals(SetFixtures.XA, rs.get(2).criteriaSet());
    }

    @Test
    void caiKinhReproducesTheLettersTenAchievedCriteria() throws IOException {
        AssessmentResult r = SetFixtures.NATIONAL.evaluate(read("cai-kinh.json"));
        List<String> achieved = r.criteria().stream().filter(c -> c.status() == CriterionStatus.ACHIEVED).map(CriterionResult::code).toList();
        assertEquals(List.of("3", "4", "8", "9", "10", "11", "12", "14", "15", "16"), achieved);
        assertEquals(10, r.achievedCount());
        assertTrue(r.pollReadiness().blockers().stream().noneMatch(b -> b.kind() == BlockerKind.PREREQUISITE_NOT_MET),
                "Cai Kinh carries its xã NTM recognition record");
        String text = TextReport.render(r);
        assertTrue(text.contains("Xã Cai Kinh đạt 10/19 tiêu chí gồm: Số 3 – Thủy lợi và phòng, chống thiên tai; Số 4 – Điện;"), text);
        assertTrue(text.contains("xã nông thôn mới nâng cao"), text);
        assertTrue(text.contains("Số 16 – Tiếp cận pháp luật."), text);
    }
}
