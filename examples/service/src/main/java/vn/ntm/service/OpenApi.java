package vn.ntm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.ntm.core.json.NtmJson;

/**
 * The OpenAPI 3.1 description: the hand-written paths of {@code openapi.json} with the library's own JSON Schemas
 * put into {@code components/schemas}, so the description and the shipped schemas cannot drift apart.
 */
final class OpenApi {
    /** Component name → the schema shipped in rules-core. */
    static final Map<String, String> SHIPPED = Map.of(
            "ntm-assessment-1", NtmJson.ASSESSMENT_SCHEMA,
            "ntm-result-1", NtmJson.RESULT_SCHEMA,
            "ntm-error-1", NtmJson.ERROR_SCHEMA,
            "ntm-plan-1", NtmJson.PLAN_SCHEMA,
            "ntm-district-report-1", NtmJson.DISTRICT_REPORT_SCHEMA);

    private OpenApi() { }

    static String document() {
        try {
            ObjectNode doc = (ObjectNode) NtmJson.mapper().readTree(Api.resource("vn/ntm/service/openapi.json"));
            ObjectNode schemas = (ObjectNode) doc.get("components").get("schemas");
            new java.util.TreeMap<>(SHIPPED).forEach((name, resource) -> schemas.set(name, schema(name, resource)));
            return NtmJson.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shipped schema as a component: without $id and $schema, and with every reference made internal to the
     * description ({@code #/$defs/date} → {@code #/components/schemas/<name>/$defs/date}, {@code
     * ntm-result-1.schema.json#/…} → {@code #/components/schemas/ntm-result-1/…}), since many OpenAPI tools resolve
     * internal references only.
     */
    private static JsonNode schema(String name, String resource) {
        try {
            ObjectNode s = (ObjectNode) NtmJson.mapper().readTree(Api.resource(resource));
            s.remove("$schema");
            s.remove("$id");
            relink(s, name);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void relink(JsonNode n, String component) {
        if (n instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual()) {
                String r = ref.asText();
                int hash = r.indexOf('#');
                String file = hash < 0 ? r : r.substring(0, hash);
                String target = file.isEmpty() ? component : file.replace(".schema.json", "");
                o.put("$ref", "#/components/schemas/" + target + (hash < 0 ? "" : r.substring(hash + 1)));
            }
        }
        n.elements().forEachRemaining(c -> relink(c, component));
    }
}
