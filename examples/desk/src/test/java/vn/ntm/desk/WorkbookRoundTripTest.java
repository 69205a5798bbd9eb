package vn.ntm.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/** JSON → workbook → assessments → the same results, byte for byte. */
class WorkbookRoundTripTest {

    @Test
    void huuLungJsonThroughAWorkbookGivesIdenticalResults() throws Exception {
        List<Assessment> fromJson = Examples.read(Examples.HUU_LUNG);
        Path xlsx = Examples.target("round-trip.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new TemplateWriter(Examples.EVALUATOR.definitions(), LocalDate.of(2024, 9, 16)).write(out, List.of(), 0, fromJson);
        }
        WorkbookReader.Result back = WorkbookReader.read(xlsx, Examples.EVALUATOR.definitions());
        assertEquals(List.of(), back.errors());
        assertEquals(3, back.assessments().size());
        // Minh Tiến's five villages come back as the JSON gives them, figures and order included
        Assessment mtJson = fromJson.stream().filter(a -> a.commune().code().equals("HL-MT")).findFirst().orElseThrow();
        Assessment mtBack = back.assessments().stream().filter(a -> a.commune().code().equals("HL-MT")).findFirst().orElseThrow();
        assertEquals(List.of("Thôn Một", "Thôn Hai", "Thôn Ba", "Thôn Bốn", "Thôn Năm"), mtBack.villages().stream().map(v -> v.name()).toList());
        assertEquals(mtJson.villages(), mtBack.villages());
        List<AssessmentResult> expected = Examples.EVALUATOR.evaluateAll(fromJson);
        List<AssessmentResult> actual = Examples.EVALUATOR.evaluateAll(back.assessments());
        for (int i = 0; i < 3; i++) {
            String code = expected.get(i).commune().code();
            AssessmentResult same = actual.stream().filter(r -> r.commune().code().equals(code)).findFirst().orElseThrow();
            assertEquals(NtmJson.write(expected.get(i)), NtmJson.write(same), code);
        }
        assertTrue(actual.stream().anyMatch(r -> r.commune().name().equals("Minh Tiến") && r.achievedCount() == 14));
    }
}
