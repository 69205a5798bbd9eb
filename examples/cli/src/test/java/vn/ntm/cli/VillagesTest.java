package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.core.json.NtmJson;

/**
 * Village (thôn) figures in the Hữu Lũng example (illustrative: the letter gives none). Minh Tiến's five villages have
 * 1 000 households; 912 use clean water to standard (91,2 %, level 95 %), 120 from centralised supply (12 %, level 20 %)
 * and 780 have the "3 sạch" (78 %, level 85 %). A village below a level must bring ⌈level × households⌉ households there:
 * Thôn Ba 180 households at 85 % needs 153, has 117: 36 more.
 */
class VillagesTest {
    static final Path MINH_TIEN = Path.of("huu-lung/minh-tien.json");

    private static ObjectNode minhTien() throws Exception {
        return (ObjectNode) NtmJson.mapper().readTree(Files.readAllBytes(MINH_TIEN));
    }

    private static CliRun evaluate(Path dir, JsonNode doc, String... options) throws Exception {
        Path f = dir.resolve("minh-tien.json");
        Files.writeString(f, NtmJson.write(doc));
        String[] args = new String[options.length + 2];
        args[0] = "evaluate";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = f.toString();
        return CliRun.run(args);
    }

    @Test
    void theResultNamesTheVillagesBelowTheLevelAndWhatEachMustAdd() throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", MINH_TIEN.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode res = NtmJson.mapper().readTree(r.out());
        assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, res));
        JsonNode v = res.get("villages");
        assertEquals(3, v.size());   // 17.1 overall, 17.1 centralised, 17.8
        assertEquals("17.1", v.at("/0/indicator").asText());
        assertEquals("overall", v.at("/0/part").asText());
        assertEquals(1000, v.at("/0/households").asInt());
        assertEquals(912, v.at("/0/served").asInt());
        // the overall level is 45 % (O1, ntm-2026-2030.md §8 row 2): every village of Minh Tiến is above it
        assertEquals(List.of(), gaps(v.at("/0/below")));
        assertEquals(List.of("HL-MT-T03:36", "HL-MT-T04:34", "HL-MT-T05:30"), gaps(v.at("/1/below")));
        assertEquals("17.8", v.at("/2/indicator").asText());
        assertEquals(List.of("HL-MT-T03:36", "HL-MT-T04:22", "HL-MT-T05:26"), gaps(v.at("/2/below")));
        // income (10) is closest to its level and has no villages; 17.8 comes next, with its villages
        assertEquals("10", res.at("/stillNeeds/0/indicator").asText());
        assertEquals("HL-MT-T03", res.at("/stillNeeds/1/villages/0/code").asText());
    }

    private static List<String> gaps(JsonNode below) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode g : below) out.add(g.get("code").asText() + ":" + g.get("householdsToAdd").asInt());
        return out;
    }

    @Test
    void theTextReportNamesTheVillagesToDirect() {
        CliRun r = CliRun.run("evaluate", MINH_TIEN.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Lấy địa bàn thôn để chỉ đạo (direct village by village): Thôn Ba 117/180 hộ (65 %), cần thêm 36 hộ; "
                + "Thôn Bốn 165/220 hộ (75 %), cần thêm 22 hộ; Thôn Năm 102/150 hộ (68 %), cần thêm 26 hộ"), r.out());
    }

    @Test
    void withoutACommuneValueTheVillagesGiveIt(@TempDir Path dir) throws Exception {
        ObjectNode d = minhTien();
        ((ObjectNode) d.get("indicators")).remove(List.of("17.1", "17.8"));
        CliRun r = evaluate(dir, d, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode res = NtmJson.mapper().readTree(r.out());
        JsonNode i178 = null;
        JsonNode i171 = null;
        for (JsonNode c : res.get("criteria")) for (JsonNode i : c.get("indicators")) {
            if (i.get("code").asText().equals("17.8")) i178 = i;
            if (i.get("code").asText().equals("17.1")) i171 = i;
        }
        assertEquals(78, i178.get("value").asInt());
        assertEquals("FAIL", i178.get("status").asText());
        assertEquals(new java.math.BigDecimal("91.2"), i171.at("/value/overall").decimalValue());
        assertEquals(12, i171.at("/value/centralized").asInt());
        assertEquals("FAIL", i171.get("status").asText());
    }

    @Test
    void aCommuneValueThatDisagreesWithItsVillagesIsAnErrorNamingBoth(@TempDir Path dir) throws Exception {
        ObjectNode d = minhTien();
        ((ObjectNode) d.get("indicators")).put("17.8", 80);
        ((ObjectNode) d.get("indicators").get("17.1")).put("centralized", 15);
        CliRun r = evaluate(dir, d);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("indicators.17.8: the commune value 80 disagrees with the villages' figure 78 (served 780 of 1000 households"), r.err());
        assertTrue(r.err().contains("indicators.17.1.centralized: the commune value 15 disagrees with the villages' figure 12"), r.err());
    }

    @Test
    void badVillageFiguresAreNamedByPathAndNothingIsDefaulted(@TempDir Path dir) throws Exception {
        ObjectNode d = minhTien();
        ArrayNode vs = (ArrayNode) d.get("villages");
        ((ObjectNode) vs.get(0).at("/indicators/17.8")).put("served", 260);             // more than its 250 households
        ((ObjectNode) vs.get(1).at("/indicators/17.8")).put("washed", 3);               // not a field of 17.8
        ((ObjectNode) vs.get(2).get("indicators")).remove("17.1");                     // every village must report 17.1
        ((ObjectNode) vs.get(3).at("/indicators/17.8")).remove("households");           // required, never assumed
        ((ObjectNode) vs.get(4).get("indicators")).putObject("17.3").put("households", 150); // not computable from villages
        ((ObjectNode) vs.get(4)).put("code", "HL-MT-T01");                                // two villages, one code
        CliRun r = evaluate(dir, d);
        assertEquals(2, r.code(), r.err());
        String e = r.err();
        assertTrue(e.contains("villages[0].indicators.17.8.served: served (260) exceeds households (250)"), e);
        assertTrue(e.contains("villages[1].indicators.17.8.washed: unknown field 'washed': expected [households, served]"), e);
        assertTrue(e.contains("villages[2].indicators.17.1: is required: every village must report 17.1 when one does"), e);
        assertTrue(e.contains("villages[3].indicators.17.8.households: thiếu số hộ (is required"), e);
        assertTrue(e.contains("villages[4].indicators.17.3: indicator 17.3 cannot be computed from villages: the catalog allows [17.1, 17.8]"), e);
        assertTrue(e.contains("villages[4].code: village code 'HL-MT-T01' is given twice"), e);
    }

    @Test
    void householdsAreWholeAndNotNegative(@TempDir Path dir) throws Exception {
        ObjectNode d = minhTien();
        ArrayNode vs = (ArrayNode) d.get("villages");
        ((ObjectNode) vs.get(0).at("/indicators/17.8")).put("households", 250.5);
        ((ObjectNode) vs.get(1).at("/indicators/17.8")).put("served", -1);
        CliRun r = evaluate(dir, d);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("villages[0].indicators.17.8.households"), r.err());
        assertTrue(r.err().contains("villages[1].indicators.17.8.served"), r.err());
    }
}
