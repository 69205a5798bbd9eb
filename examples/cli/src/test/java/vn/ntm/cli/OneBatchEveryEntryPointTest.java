package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.core.engine.AssessmentSource;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/**
 * One batch, every entry point, one answer. Cai Kinh (nâng cao, with a recognition record of xã NTM) comes with three
 * xã NTM assessments of its own: one of 1/9 short of data, one of 10/9 failing (14/19), one of 20/9 (after the nâng
 * cao assessment of 16/9) short of data. The one of 10/9 is the latest not after 16/9, so it is the companion; it
 * fails, so it overrules the record: the prerequisite is not met and a warning says why.
 */
class OneBatchEveryEntryPointTest {
    private static final Path EXAMPLE = Path.of("huu-lung");

    private static ObjectNode xa(String date, boolean withValues) throws Exception {
        ObjectNode d = (ObjectNode) NtmJson.mapper().readTree(EXAMPLE.resolve("minh-tien.json").toFile());
        ((ObjectNode) d.get("commune")).put("code", "HL-CK").put("name", "Cai Kinh");
        d.put("assessedOn", date);
        if (!withValues) d.putObject("indicators");
        d.remove("appraisals");
        return d;
    }

    private static void write(Path file, JsonNode d) throws Exception {
        Files.writeString(file, NtmJson.write(d));
    }

    private static JsonNode verdict(JsonNode result) {
        ObjectNode v = NtmJson.mapper().createObjectNode();
        v.set("pollReadiness", result.get("pollReadiness"));
        v.set("warnings", result.get("warnings"));
        v.put("achievedCount", result.get("achievedCount").asInt());
        return v;
    }

    @Test
    void theSameBatchGivesTheSameResultThroughEveryEntryPoint(@TempDir Path dir) throws Exception {
        write(dir.resolve("a-xa-2024-09-20.json"), xa("2024-09-20", false));
        Files.copy(EXAMPLE.resolve("cai-kinh.json"), dir.resolve("b-nang-cao.json"));
        write(dir.resolve("c-xa-2024-09-10.json"), xa("2024-09-10", true));
        write(dir.resolve("d-xa-2024-09-01.json"), xa("2024-09-01", false));

        Evaluator ev = Evaluator.create();
        List<Assessment> batch = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) batch.add(NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), ev.definitions()));
        }
        List<JsonNode> seen = new ArrayList<>();
        seen.add(NtmJson.toTree(ev.evaluateAll(batch).get(1)));
        List<AssessmentResult> streamed = new ArrayList<>();
        ev.evaluateStream(AssessmentSource.of(batch), streamed::add, 3);
        seen.add(NtmJson.toTree(streamed.get(1)));
        seen.add(NtmJson.toTree(ev.evaluate(batch.get(1), ev.evaluate(batch.get(2)))));
        CliRun cli = CliRun.run("evaluate", "--format", "json", dir.toString());
        assertEquals(0, cli.code(), cli.err());
        seen.add(NtmJson.mapper().readTree(cli.out()).get(1));
        CliRun report = CliRun.run("district-report", "--format", "json", dir.toString());
        assertEquals(0, report.code(), report.err());
        JsonNode section = null;
        for (JsonNode s : NtmJson.mapper().readTree(report.out()).get("communes")) {
            if (s.get("criteriaSet").asText().equals("xa-ntm-nang-cao-2021-2025")) section = s;
        }
        assertTrue(section != null, report.out());
        ObjectNode fromReport = NtmJson.mapper().createObjectNode();
        fromReport.set("pollReadiness", section.get("pollReadiness"));
        fromReport.set("warnings", section.get("warnings"));
        fromReport.put("achievedCount", section.get("achievedCount").asInt());

        JsonNode first = verdict(seen.get(0));
        JsonNode blocker = first.at("/pollReadiness/blockers/0");
        assertEquals("PREREQUISITE_NOT_MET", blocker.get("kind").asText(), first.toString());
        assertTrue(blocker.get("message").asText().contains("ngày 2024-09-10: đạt 14/19 tiêu chí"), blocker.toString());
        assertFalse(first.at("/pollReadiness/ready").asBoolean());
        assertEquals("PREREQUISITE_RECORD_CONTRADICTED", first.at("/warnings/0/kind").asText(), first.toString());
        String[] names = {"evaluateAll", "evaluateStream", "evaluate(a, companion)", "ntm evaluate"};
        for (int i = 1; i < seen.size(); i++) assertEquals(first, verdict(seen.get(i)), names[i]);
        assertEquals(first, fromReport, "ntm district-report");
    }
}
