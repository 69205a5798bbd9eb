package vn.ntm.rules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;

/**
 * Bad input never crashes and never slips through: every number is bounded before any arithmetic, units carry a
 * plausible range, odd keys, trailing content and bad bytes are errors naming where they are, and messages stay short
 * and free of parser internals.
 */
class HostileInputTest {
    private static final Definitions DEFS = Definitions.load();

    private static String doc(String set, String extraTop, String indicators) {
        return "{\"format\": \"ntm-assessment/1\",\n"
                + " \"commune\": {\"code\": \"T-1\", \"name\": \"Xã Thử\", \"district\": \"Hữu Lũng\", \"province\": \"Lạng Sơn\", \"region\": \"TDMNPB\"},\n"
                + " \"criteriaSet\": \"" + set + "\", \"assessedOn\": \"2024-09-16\",\n"
                + extraTop
                + " \"indicators\": {" + indicators + "}}";
    }

    private static String xa(String indicators) { return doc("xa-ntm-2021-2025", "", indicators); }

    private static List<InputError> errors(String json) { return errors(json.getBytes(StandardCharsets.UTF_8)); }

    private static List<InputError> errors(byte[] json) {
        InvalidAssessmentException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(InvalidAssessmentException.class, () -> NtmJson.readAssessment(json, "t.json", DEFS)));
        for (InputError x : e.errors()) {
            assertTrue(x.message().length() <= 400, "short message: " + x.message().length());
            for (String internal : List.of("JsonReadFeature", "StreamReadConstraints", "com.fasterxml", "enable `")) {
                assertFalse(x.message().contains(internal), x.message());
            }
        }
        return e.errors();
    }

    private static boolean names(List<InputError> errors, String path) {
        return errors.stream().anyMatch(e -> e.path().equals(path));
    }

    private static Assessment read(String json) {
        return NtmJson.readAssessment(json.getBytes(StandardCharsets.UTF_8), "t.json", DEFS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e2147483648", "-1e2147483648", "1E+999999999999"})
    void extremeExponentsAreErrorsNamingTheField(String number) {
        List<InputError> e = errors(xa("\"3.1\": " + number));
        assertTrue(names(e, "indicators.3.1"), e.toString());
        assertTrue(e.stream().allMatch(x -> x.message().length() <= 200), e.toString());
    }

    @Test
    void extremeExponentInAnUnknownFieldIsAnErrorNamingTheField() {
        List<InputError> e = errors(doc("xa-ntm-2021-2025", " \"x\": 1e2147483648,\n", "\"3.1\": 80"));
        assertTrue(names(e, "x"), e.toString());
    }

    @Test
    void thousandDigitLiteralsAreErrorsQuotingAShortValue() {
        String digits = "7".repeat(1000);
        for (String n : List.of(digits, "0." + digits, "1" + digits + ".5")) {
            List<InputError> e = errors(xa("\"3.1\": " + n));
            assertTrue(names(e, "indicators.3.1"), e.toString());
            assertTrue(e.stream().allMatch(x -> !x.message().contains("7".repeat(50))), e.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void notANumberIsAnErrorNamingTheField(String n) {
        List<InputError> e = errors(xa("\"2.2\": 70, \"3.1\": " + n));
        assertTrue(names(e, "indicators.3.1"), e.toString());
    }

    @Test
    void unitsCarryAPlausibleRange() {
        assertTrue(names(errors(xa("\"3.1\": 100.01")), "indicators.3.1"), "percent above 100");
        assertTrue(names(errors(xa("\"10\": 20000")), "indicators.10"), "income far above any level (million VND/person/year)");
        assertTrue(names(errors(xa("\"10\": -1")), "indicators.10"), "negative income");
        assertTrue(names(errors(doc("xa-ntm-kieu-mau-2021-2025", "", "\"3\": 1.5")), "indicators.3"), "half a smart-village model");
        assertTrue(names(errors(doc("xa-ntm-kieu-mau-2021-2025", "", "\"4\": -1")), "indicators.4"), "negative count");
        assertEquals(0, new java.math.BigDecimal("48.6").compareTo((java.math.BigDecimal) read(xa("\"10\": 48.6")).indicators().get("10")));
    }

    @Test
    void tooManyDecimalsIsAnError() {
        assertTrue(names(errors(xa("\"3.1\": 80.0000000000000000000000001")), "indicators.3.1"));
    }

    @Test
    void emptyAndOddKeysAreErrorsNamingThem() {
        List<InputError> top = errors(doc("xa-ntm-2021-2025", " \"\": 1,\n", "\"3.1\": 80"));
        assertTrue(top.stream().anyMatch(e -> e.path().equals("[\"\"]")), top.toString());
        List<InputError> ind = errors(xa("\"a'b\": 1"));
        assertTrue(ind.stream().anyMatch(e -> e.path().equals("indicators[\"a'b\"]")), ind.toString());
        List<InputError> commune = errors(xa("\"3.1\": 80").replace("\"code\": \"T-1\"", "\"\": null, \"code\": \"T-1\""));
        assertTrue(commune.stream().anyMatch(e -> e.path().equals("commune[\"\"]")), commune.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 1", " null", " {}", "\n{\"format\": \"ntm-assessment/1\"}", " []"})
    void trailingContentAfterTheDocumentIsAnError(String trailing) {
        List<InputError> e = errors(xa("\"3.1\": 80") + trailing);
        assertTrue(e.stream().anyMatch(x -> x.path().equals("(document)") && x.message().contains("trailing")), e.toString());
    }

    @Test
    void aTopLevelArrayIsNotAnAssessmentAndNotTrailingContent() {
        List<InputError> e = errors("[1, 2, {\"a\": [3]}]");
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).message().contains("expected a JSON object"), e.toString());
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByteOffsetNeverReplaced() {
        byte[][] bad = {
                {(byte) 0xC0, (byte) 0xAF},                               // overlong '/'
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},                  // overlong, three bytes
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},                  // encoded surrogate U+D800
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},     // past U+10FFFF
                {(byte) 0xFF},
        };
        String json = xa("\"3.1\": 80");
        int at = json.getBytes(StandardCharsets.UTF_8).length - json.substring(json.indexOf("Xã Thử")).getBytes(StandardCharsets.UTF_8).length;
        for (byte[] b : bad) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] all = json.getBytes(StandardCharsets.UTF_8);
            out.write(all, 0, at);
            out.writeBytes(b);
            out.write(all, at, all.length - at);
            List<InputError> e = errors(out.toByteArray());
            assertTrue(e.stream().anyMatch(x -> x.message().contains("byte " + at)), e.toString());
        }
    }

    @Test
    void anUnknownKeyIsAnErrorWhateverItsValueAtEveryLevel() {
        assertTrue(names(errors(doc("xa-ntm-2021-2025", " \"foo\": null,\n", "\"3.1\": 80")), "foo"));
        assertTrue(names(errors(xa("\"99.9\": null")), "indicators.99.9"));
        assertTrue(names(errors(xa("\"17.1\": {\"overall\": 90, \"bogus\": null}")), "indicators.17.1.bogus"));
        assertTrue(names(errors(xa("\"17.1\": {\"overall\": 90, \"bogus\": 5}")), "indicators.17.1.bogus"));
        assertTrue(names(errors(xa("\"3.1\": 80").replace("\"code\": \"T-1\"", "\"foo\": null, \"code\": \"T-1\"")), "commune.foo"));
        assertTrue(names(errors(doc("xa-ntm-2021-2025",
                " \"evidence\": [{\"indicator\": \"3.1\", \"document\": \"MC-3.1-01\", \"foo\": null}],\n", "\"3.1\": 80")), "evidence[0].foo"));
    }

    private static String poll(String households, String respondents, String satisfied) {
        return doc("xa-ntm-2021-2025", " \"recognition\": {\"outstandingConstructionDebt\": false, \"securityOrderComplicated\": false,"
                + " \"satisfactionPoll\": {\"households\": " + households + ", \"respondents\": " + respondents
                + ", \"satisfied\": " + satisfied + "}},\n", "\"3.1\": 80");
    }

    @Test
    void wholePollCountsInAnyJsonSpellingAreReadExactly() {
        for (String h : List.of("1500", "1500.0", "1.5e3", "15E2", "1500.000")) {
            Assessment a = read(poll(h, "1200", "1.1e3"));
            assertEquals(1500, a.recognition().satisfactionPoll().households(), h);
            assertEquals(1200, a.recognition().satisfactionPoll().respondents(), h);
            assertEquals(1100, a.recognition().satisfactionPoll().satisfied(), h);
        }
    }

    @Test
    void badPollCountsAreErrorsNamingTheField() {
        String p = "recognition.satisfactionPoll.";
        assertTrue(names(errors(poll("1500.5", "1200", "1100")), p + "households"), "not whole");
        assertTrue(names(errors(poll("1500", "-1", "0")), p + "respondents"), "negative");
        assertTrue(names(errors(poll("1e12", "1200", "1100")), p + "households"), "absurd");
        assertTrue(names(errors(poll("2147483649", "1200", "1100")), p + "households"), "past an int");
        assertTrue(names(errors(poll("1500", "1200", "1300")), p + "satisfied"), "more satisfied than respondents");
        assertTrue(names(errors(poll("1000", "1200", "1100")), p + "respondents"), "more respondents than households");
    }
}
