package vn.ntm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.json.NtmJson;

/** The service over real HTTP on 127.0.0.1: the contract's documents, its errors, and every limit named in its error. */
class ServiceHttpTest {
    static final Path EXAMPLE = Path.of("huu-lung");
    static final Limits LIMITS = new Limits(64 * 1024, 5, 8, Duration.ofSeconds(5));
    static NtmServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = NtmServer.start(Evaluator.create(), "127.0.0.1", 0, LIMITS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String file(String name) throws Exception {
        return Files.readString(EXAMPLE.resolve(name), StandardCharsets.UTF_8);
    }

    static JsonNode json(String s) throws Exception { return NtmJson.mapper().readTree(s); }

    /** The one error of a request-level refusal, checked against ntm-error/1. */
    static JsonNode onlyError(Http.Answer a) throws Exception {
        JsonNode doc = json(a.body());
        assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, doc), a.body());
        assertEquals(1, doc.get("errors").size(), a.body());
        assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return doc.get("errors").get(0);
    }

    @Test
    @DisplayName("Minh Tiến qua HTTP: đạt 14/19, kết quả ntm-result/1 hợp lệ, có mã yêu cầu")
    void oneAssessmentOneResult() throws Exception {
        Http.Answer a = http.post("/v1/evaluations", file("minh-tien.json"));
        assertEquals(200, a.status(), a.body());
        JsonNode r = json(a.body());
        assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, r));
        assertEquals("ntm-result/1", r.get("format").asText());
        assertEquals(14, r.get("achievedCount").intValue());
        assertTrue(a.headers().firstValue("X-Request-Id").isPresent());
    }

    @Test
    @DisplayName("Một hồ sơ sai: 400 với ntm-error/1, mỗi lỗi có path và pointer")
    void oneBadDocumentIs400() throws Exception {
        String bad = file("minh-tien.json").replace("\"3.1\": 83.5", "\"3.1\": 150");
        assertTrue(bad.contains("\"3.1\": 150"), "fixture edit applied");
        Http.Answer a = http.post("/v1/evaluations", bad);
        assertEquals(400, a.status(), a.body());
        JsonNode e = onlyError(a);
        assertEquals("indicators.3.1", e.get("path").asText());
        assertEquals("/indicators/3.1", e.get("pointer").asText());
    }

    @Test
    @DisplayName("Lô có hồ sơ sai: 200, kết quả và tài liệu lỗi đúng vị trí")
    void batchKeepsErrorsInPlace() throws Exception {
        Http.Answer a = http.post("/v1/evaluations", "[" + file("minh-tien.json") + ", {\"format\": \"ntm-assessment/1\"}, "
                + file("quyet-thang.json") + "]");
        assertEquals(200, a.status(), a.body());
        JsonNode arr = json(a.body());
        assertEquals(3, arr.size());
        assertEquals(14, arr.get(0).get("achievedCount").intValue());
        assertEquals("ntm-error/1", arr.get(1).get("format").asText());
        assertEquals("body[1]", arr.get(1).get("source").asText());
        assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, arr.get(1)));
        assertEquals(11, arr.get(2).get("achievedCount").intValue());
    }

    @Test
    @DisplayName("Hồ sơ xã NTM kèm theo trong lô là điều kiện tiên quyết của hồ sơ nâng cao cùng xã")
    void companionsInABatchAreHonoured() throws Exception {
        String nangCao = """
                {"format": "ntm-assessment/1",
                 "commune": {"code": "HL-MT", "name": "Minh Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn", "region": "TDMNPB"},
                 "criteriaSet": "xa-ntm-nang-cao-2021-2025", "assessedOn": "2024-09-16", "indicators": {}}""";
        JsonNode alone = json(http.post("/v1/evaluations", nangCao).body());
        assertTrue(blockers(alone).contains("Chưa có thông tin xã đã được công nhận"), blockers(alone));
        JsonNode both = json(http.post("/v1/evaluations", "[" + nangCao + "," + file("minh-tien.json") + "]").body());
        assertTrue(blockers(both.get(0)).contains("đánh giá kèm theo ngày 2024-09-16: đạt 14/19 tiêu chí"), blockers(both.get(0)));
    }

    private static String blockers(JsonNode result) {
        return result.get("pollReadiness").get("blockers").toString();
    }

    @Test
    @DisplayName("Báo cáo huyện qua HTTP: kế hoạch và tuần trước, ntm-district-report/1")
    void districtReport() throws Exception {
        JsonNode plan = new YAMLMapper().readTree(EXAMPLE.resolve("plan.yaml").toFile());
        String body = "{\"assessments\": [" + Files.readString(EXAMPLE.resolve("2024-09-27/minh-tien.json")) + "], "
                + "\"previous\": [" + file("minh-tien.json") + "], \"plan\": " + NtmJson.mapper().writeValueAsString(plan) + "}";
        Http.Answer a = http.post("/v1/district-reports", body);
        assertEquals(200, a.status(), a.body());
        JsonNode r = json(a.body());
        assertEquals("ntm-district-report/1", r.get("format").asText());
        assertEquals("Hữu Lũng", r.get("district").asText());
        assertEquals(1, r.get("communes").size());
        assertTrue(r.get("communes").get(0).has("progress"), "compared with the week before");
    }

    @Test
    @DisplayName("Báo cáo huyện với hồ sơ và kế hoạch sai: 400, lỗi chỉ đúng chỗ trong thân yêu cầu")
    void districtReportErrorsPointIntoTheBody() throws Exception {
        String bad = file("minh-tien.json").replace("\"3.1\": 83.5", "\"3.1\": 150");
        Http.Answer a = http.post("/v1/district-reports", "{\"assessments\": [" + file("quyet-thang.json") + ", " + bad
                + "], \"plan\": {\"format\": \"ntm-plan/1\"}}");
        assertEquals(400, a.status(), a.body());
        JsonNode doc = json(a.body());
        assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, doc));
        List<String> pointers = doc.get("errors").findValuesAsText("pointer");
        assertTrue(pointers.contains("/assessments/1/indicators/3.1"), pointers.toString());
        assertTrue(pointers.contains("/plan/district"), pointers.toString());
    }

    @Test
    @DisplayName("Danh mục bộ tiêu chí: mức theo vùng, trích dẫn và trạng thái xác minh")
    void criteriaSets() throws Exception {
        JsonNode list = json(http.get("/v1/criteria-sets").body());
        assertEquals(List.of("xa-ntm-2021-2025", "xa-ntm-nang-cao-2021-2025", "xa-ntm-kieu-mau-2021-2025"),
                list.get("criteriaSets").findValuesAsText("id"));
        JsonNode set = json(http.get("/v1/criteria-sets/xa-ntm-2021-2025").body());
        assertEquals(19, set.get("criteria").size());
        JsonNode tc3 = set.get("criteria").get(2);
        assertEquals("Thủy lợi và phòng, chống thiên tai", tc3.get("name").asText());
        JsonNode i31 = tc3.get("indicators").get(0);
        assertEquals("3.1", i31.get("code").asText());
        assertTrue(i31.get("levels").findValuesAsText("verification").contains("VERIFIED"), i31.toString());
        assertTrue(i31.get("legalRef").asText().contains("318/QĐ-TTg"), i31.toString());
        assertEquals(404, http.get("/v1/criteria-sets/khong-co").status());
    }

    @Test
    void health() throws Exception {
        Http.Answer a = http.get("/v1/health");
        assertEquals(200, a.status());
        assertEquals("UP", json(a.body()).get("status").asText());
    }

    @Test
    @DisplayName("Sai địa chỉ 404, sai phương thức 405 (có Allow), sai Content-Type 415: đều là JSON")
    void routesMethodsAndContentTypes() throws Exception {
        Http.Answer notFound = http.get("/v1/nothing");
        assertEquals(404, notFound.status());
        assertTrue(onlyError(notFound).get("message").asText().contains("/v1/nothing"));
        Http.Answer wrongMethod = http.get("/v1/evaluations");
        assertEquals(405, wrongMethod.status());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        onlyError(wrongMethod);
        Http.Answer text = http.post("/v1/evaluations", "text/plain", file("minh-tien.json").getBytes(StandardCharsets.UTF_8));
        assertEquals(415, text.status());
        assertTrue(onlyError(text).get("message").asText().contains("application/json"));
        Http.Answer latin = http.post("/v1/evaluations", "application/json; charset=ISO-8859-1", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, latin.status());
        assertEquals(200, http.post("/v1/evaluations", "application/json; charset=UTF-8",
                file("minh-tien.json").getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    @DisplayName("Giới hạn kích thước thân (413), số hồ sơ (413), độ sâu (400): lỗi nêu tên giới hạn")
    void limitsAreNamed() throws Exception {
        Http.Answer big = http.post("/v1/evaluations", "[" + (file("minh-tien.json") + ",").repeat(4) + file("minh-tien.json") + "]");
        assertEquals(413, big.status(), "5 × 16 KB is over 64 KiB");
        assertTrue(onlyError(big).get("message").asText().contains("request body size limit: at most 65536 bytes"));
        Http.Answer many = http.post("/v1/evaluations", "[" + "{},".repeat(5) + "{}]");
        assertEquals(413, many.status());
        assertTrue(onlyError(many).get("message").asText().contains("batch size limit: at most 5"));
        Http.Answer deep = http.post("/v1/evaluations", "[".repeat(9) + "]".repeat(9));
        assertEquals(400, deep.status());
        assertTrue(onlyError(deep).get("message").asText().contains("nesting depth limit: at most 8"));
        Http.Answer notJson = http.post("/v1/evaluations", "[{\"format\": ");
        assertEquals(400, notJson.status());
        assertTrue(onlyError(notJson).get("message").asText().contains("not valid JSON at line 1"));
    }

    @Test
    @DisplayName("Khách gửi nửa thân rồi dừng: 408 sau giới hạn thời gian, yêu cầu khác vẫn được trả lời")
    void aStalledClientHarmsNoOne() throws Exception {
        byte[] body = file("minh-tien.json").getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        CompletableFuture<String> stalled = CompletableFuture.supplyAsync(() -> {
            try {
                return http.raw(head, java.util.Arrays.copyOf(body, body.length / 2), 0);
            } catch (Exception e) {
                return e.toString();
            }
        });
        Thread.sleep(200);
        // while it stalls, good requests are answered at once
        for (int i = 0; i < 5; i++) assertEquals(200, http.post("/v1/evaluations", file("quyet-thang.json")).status());
        String answer = stalled.get();
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("request time limit"), answer);
    }

    @Test
    @DisplayName("Khách ngắt kết nối giữa chừng: máy chủ vẫn chạy")
    void aTruncatedBodyHarmsNoOne() throws Exception {
        byte[] body = file("minh-tien.json").getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", http.port())) {
            s.getOutputStream().write(("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(body, 0, 100);
        }
        assertEquals(200, http.post("/v1/evaluations", file("minh-tien.json")).status());
    }

    @Test
    @DisplayName("Yêu cầu HTTP hỏng (Jetty tự trả lời) cũng là ntm-error/1")
    void unreadableHttpIsJson() throws Exception {
        String answer = http.raw("GARBAGE\r\n\r\n", new byte[0], 0);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("ntm-error/1"), answer);
    }
}
