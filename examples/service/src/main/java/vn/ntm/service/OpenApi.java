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
            new java.util.TreeMap<>(SHIPPED).forEach((name, resource) -> schemas.set(name, schema(resource)));
            return NtmJson.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schema(String resource) {
        try {
            ObjectNode s = (ObjectNode) NtmJson.mapper().readTree(Api.resource(resource));
            // OpenAPI 3.1's dialect is 2020-12 already; the $id stays so that the schemas' references resolve
            s.remove("$schema");
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
