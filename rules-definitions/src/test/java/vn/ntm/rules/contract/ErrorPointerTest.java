package vn.ntm.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;

/** Every error of a read assessment carries a JSON Pointer a client can follow without knowing indicator codes. */
class ErrorPointerTest {
    private static final Definitions DEFS = Definitions.load();

    @Test
    void everyErrorPointsAtItsField() {
        String json = """
                {"format": "ntm-assessment/1",
                 "commune": {"code": "HL-MT", "name": "Minh Tiến", "region": "TDMNPB"},
                 "criteriaSet": "xa-ntm-2021-2025", "assessedOn": "2024-09-16",
                 "indicators": {"3.1": 150, "17.1": {"overall": 90, "piped": 3}, "x.y": 1, "2.2": "nhiều"},
                 "evidence": [{"indicator": "9.9", "document": "KHONG-CO"}]}
                """;
        var e = assertThrows(InvalidAssessmentException.class,
                () -> NtmJson.readAssessment(json.getBytes(StandardCharsets.UTF_8), "t.json", DEFS));
        Map<String, String> pointers = new TreeMap<>();
        for (InputError ie : e.errors()) pointers.put(ie.path(), ie.pointer());
        assertEquals(Map.of(
                "indicators.3.1", "/indicators/3.1",
                "indicators.17.1.piped", "/indicators/17.1/piped",
                "indicators.x.y", "/indicators/x.y",
                "indicators.2.2", "/indicators/2.2",
                "evidence[0].indicator", "/evidence/0/indicator"), pointers);
    }

    @Test
    void syntaxErrorsPointAtTheWholeDocument() {
        var e = assertThrows(InvalidAssessmentException.class,
                () -> NtmJson.readAssessment("{\"format\": ".getBytes(StandardCharsets.UTF_8), "t.json", DEFS));
        assertEquals("", e.errors().get(0).pointer());
    }
}
