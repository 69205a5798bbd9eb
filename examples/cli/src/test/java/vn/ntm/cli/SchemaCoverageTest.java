package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.core.json.NtmJson;

/**
 * Every field the command line writes is described by its schema: each output is validated against a closed copy of
 * the schema (every object with declared properties gets {@code unevaluatedProperties: false}), so a field added to
 * the code but not to the schema fails here.
 */
class SchemaCoverageTest {

    /** Validates against the shipped schema made closed; returns the problems. */
    static Set<ValidationMessage> closed(String resource, JsonNode doc) throws Exception {
        JsonNode schema;
        try (InputStream in = SchemaCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            schema = NtmJson.mapper().readTree(in);
        }
        close(schema);
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://ntm-rules.example/schema/", "classpath:vn/ntm/core/schema/")));
        return factory.getSchema(schema, SchemaValidatorsConfig.builder().build()).validate(doc);
    }

    private static void close(JsonNode n) {
        if (n.isObject()) {
            if (n.has("properties") && !n.has("additionalProperties")) ((ObjectNode) n).put("unevaluatedProperties", false);
            n.elements().forEachRemaining(SchemaCoverageTest::close);
        } else if (n.isArray()) {
            n.elements().forEachRemaining(SchemaCoverageTest::close);
        }
    }

    private static List<JsonNode> docs(String json) throws Exception {
        JsonNode n = NtmJson.mapper().readTree(json);
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) n.forEach(out::add); else out.add(n);
        return out;
    }

    @Test
    void everyResultFieldIsDescribed() throws Exception {
        List<CliRun> runs = List.of(
                CliRun.run("evaluate", "--format", "json", "huu-lung", "huu-lung/2024-09-27"),
                CliRun.run("evaluate", "--format", "json", "--plan", "huu-lung/plan.yaml", "huu-lung"),
                CliRun.run("evaluate", "--format", "json", "--strict", "huu-lung"));
        int checked = 0;
        for (CliRun r : runs) {
            assertEquals(0, r.exit(), r.err());
            for (JsonNode doc : docs(r.out())) {
                assertEquals(Set.of(), closed(NtmJson.RESULT_SCHEMA, doc), doc.get("commune").toString());
                checked++;
            }
        }
        assertEquals(10, checked);
    }

    @Test
    void everyErrorFieldIsDescribed() throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", "cli/src/test/resources/bad");
        assertEquals(2, r.exit());
        List<JsonNode> docs = docs(r.out());
        assertEquals(4, docs.size());
        for (JsonNode doc : docs) {
            assertEquals(Set.of(), closed(NtmJson.ERROR_SCHEMA, doc), doc.toString());
            doc.get("errors").forEach(e -> assertTrue(e.has("pointer"), e.toString()));
        }
    }

    @Test
    void everyDistrictReportFieldIsDescribed() throws Exception {
        CliRun r = CliRun.run("district-report", "--format", "json", "--plan", "huu-lung/plan.yaml", "huu-lung", "huu-lung/2024-09-27");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = NtmJson.mapper().readTree(r.out());
        assertEquals(Set.of(), closed(NtmJson.DISTRICT_REPORT_SCHEMA, doc));
        assertEquals(List.of(), NtmJson.validate(NtmJson.DISTRICT_REPORT_SCHEMA, doc));
    }

    @Test
    void theExamplePlanValidatesAndAWrongOneDoesNot() throws Exception {
        JsonNode plan = new YAMLMapper().readTree(Path.of("huu-lung/plan.yaml").toFile());
        assertEquals(List.of(), NtmJson.validate(NtmJson.PLAN_SCHEMA, plan));
        ((ObjectNode) plan.get("deadlines")).remove("toAchieve");
        assertFalse(NtmJson.validate(NtmJson.PLAN_SCHEMA, plan).isEmpty());
    }
}
