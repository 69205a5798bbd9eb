package vn.ntm.rules.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;

/** Every input error an official reads is in Vietnamese, with English alongside. */
class BilingualMessagesTest {
    private static final Definitions DEFS = Definitions.load();
    private static final Pattern VIETNAMESE = Pattern.compile(".*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH = Pattern.compile(".*\\b(is|not|expected|must|unknown|missing|required|invalid|found|allowed|outside|key|value|number)\\b.*",
            Pattern.DOTALL);

    private static List<InputError> errors(String json) {
        return assertThrows(InvalidAssessmentException.class,
                () -> NtmJson.readAssessment(json.getBytes(StandardCharsets.UTF_8), "t.json", DEFS)).errors();
    }

    private static void bilingual(List<InputError> errors) {
        for (InputError e : errors) {
            assertTrue(VIETNAMESE.matcher(e.message()).matches(), "Vietnamese: " + e);
            assertTrue(ENGLISH.matcher(e.message()).matches(), "English alongside: " + e);
        }
    }

    @Test
    void schemaAndCatalogProblemsAreBilingual() {
        bilingual(errors("""
                {"format": "ntm-assessment/2", "color": "red",
                 "commune": {"code": 5, "region": "MARS"},
                 "criteriaSet": "xa-ntm-2021-2025", "assessedOn": "16/9/2024",
                 "indicators": {"3.1": 150, "99.9": 1, "3.2": 1, "17.1": {"overall": 90, "piped": 10}, "10": "x"},
                 "notApplicable": ["3.1", "1.1", "42"],
                 "evidence": [{"indicator": "3.1", "document": "NO-SUCH-DOC"}, {"indicator": "77"}],
                 "appraisals": [{"target": "42", "level": "NONE", "date": "2024-08-23", "outcome": "MAYBE"}],
                 "prerequisite": {"criteriaSet": "x"}}
                """));
        bilingual(errors("""
                {"format": "ntm-assessment/1", "commune": {"code": "X", "name": "X", "region": "TDMNPB"},
                 "assessedOn": "2024-09-16", "indicators": {}}
                """));
        bilingual(errors("""
                {"format": "ntm-assessment/1", "commune": {"code": "X", "name": "X", "region": "TDMNPB"},
                 "criteriaSet": "xa-ntm-kieu-mau-2021-2025", "assessedOn": "2024-09-16", "indicators": {"1": true},
                 "recognition": {"satisfactionPoll": {"households": 0, "respondents": 5, "satisfied": 9}}}
                """));
        bilingual(errors("{\"a\": 1, \"a\": 2"));
        bilingual(errors("[1, 2]"));
    }
}
