package vn.ntm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.json.NtmJson;

/**
 * The OpenAPI description as served: it names every route the service answers, its examples conform to their
 * schemas, and live answers (good and bad) conform to the schema it declares for their path and status.
 */
class OpenApiTest {
    static NtmServer server;
    static Http http;
    static JsonNode api;

    @BeforeAll
    static void start() throws Exception {
        server = NtmServer.start(Evaluator.create(), "127.0.0.1", 0, new Limits(64 * 1024, 5, 8, Duration.ofSeconds(5)));
        http = new Http(server.port());
        Http.Answer a = http.get("/v1/openapi.json");
        assertEquals(200, a.status());
        api = NtmJson.mapper().readTree(a.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void describesEveryRoute() {
        assertEquals("3.1.0", api.get("openapi").asText());
        Set<String> paths = new TreeSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(List.of("/v1/evaluations", "/v1/district-reports", "/v1/criteria-sets",
                "/v1/criteria-sets/{id}", "/v1/health", "/v1/openapi.json")), paths);
        for (String name : OpenApi.SHIPPED.keySet()) assertNotNull(api.get("components").get("schemas").get(name), name);
    }

    @Test
    void examplesConformToTheirSchemas() throws Exception {
        List<JsonNode> media = new ArrayList<>();
        api.findParents("examples").forEach(media::add);
        int checked = 0;
        for (JsonNode m : media) {
            for (JsonNode ex : m.get("examples")) {
                assertEquals(Set.of(), validate(m.get("schema"), ex.get("value")), ex.get("summary").asText());
                checked++;
            }
        }
        assertEquals(3, checked);
    }

    @Test
    void liveAnswersConform() throws Exception {
        String minhTien = Files.readString(Path.of("huu-lung/minh-tien.json"), StandardCharsets.UTF_8);
        conforms("/v1/evaluations", "post", http.post("/v1/evaluations", minhTien));
        conforms("/v1/evaluations", "post", http.post("/v1/evaluations", "[" + minhTien + ", {}]"));
        conforms("/v1/evaluations", "post", http.post("/v1/evaluations", "{\"format\": \"ntm-assessment/1\"}"));
        conforms("/v1/evaluations", "post", http.post("/v1/evaluations", "text/plain", new byte[] {1}));
        conforms("/v1/evaluations", "post", http.get("/v1/evaluations"));
        conforms("/v1/evaluations", "post", accepting("image/png", minhTien));
        conforms("/v1/evaluations", "post", accepting("text/html", "[" + minhTien + ", {}]"));
        conforms("/v1/district-reports", "post", http.post("/v1/district-reports", "{\"assessments\": [" + minhTien + "]}"));
        conforms("/v1/criteria-sets", "get", http.get("/v1/criteria-sets"));
        for (String id : List.of("xa-ntm-2021-2025", "xa-ntm-nang-cao-2021-2025", "xa-ntm-kieu-mau-2021-2025", "none")) {
            conforms("/v1/criteria-sets/{id}", "get", http.get("/v1/criteria-sets/" + id));
        }
        conforms("/v1/health", "get", http.get("/v1/health"));
    }

    private static Http.Answer accepting(String accept, String body) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(http.uri("/v1/evaluations")).header("Content-Type", "application/json")
                .header("Accept", accept).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void conforms(String path, String method, Http.Answer a) throws Exception {
        JsonNode response = api.get("paths").get(path).get(method).get("responses").get(String.valueOf(a.status()));
        assertNotNull(response, path + " does not declare status " + a.status());
        if (response.has("$ref")) response = at(response.get("$ref").asText());
        JsonNode schema = response.get("content").get("application/json").get("schema");
        assertEquals(Set.of(), validate(schema, NtmJson.mapper().readTree(a.body())), path + " " + a.status());
    }

    private static JsonNode at(String ref) {
        return api.at(ref.substring(1));
    }

    /** The schema of a media type, with the description's components as $defs, validated as a 2020-12 schema. */
    private static Set<ValidationMessage> validate(JsonNode schema, JsonNode value) {
        ObjectNode s = (ObjectNode) relink(schema.deepCopy());
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.set("$defs", relink(api.get("components").get("schemas").deepCopy()));
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://ntm-rules.example/schema/", "classpath:vn/ntm/core/schema/")));
        return factory.getSchema(s, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build()).validate(value);
    }

    private static JsonNode relink(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
                o.set("$ref", TextNode.valueOf("#/$defs/" + ref.asText().substring("#/components/schemas/".length())));
            }
            o.elements().forEachRemaining(OpenApiTest::relink);
        } else if (n.isArray()) {
            n.elements().forEachRemaining(OpenApiTest::relink);
        }
        return n;
    }
}
