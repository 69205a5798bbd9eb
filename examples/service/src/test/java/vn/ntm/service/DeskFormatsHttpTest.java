package vn.ntm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.json.NtmJson;

/** The desk's formats by Accept over real HTTP on 127.0.0.1: the workbook read back with Apache POI, the page as text. */
class DeskFormatsHttpTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static NtmServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = NtmServer.start(Evaluator.create(), "127.0.0.1", 0, new Limits(256 * 1024, 10, 16, Duration.ofSeconds(20)));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String file(String name) throws Exception {
        return Files.readString(Path.of("huu-lung").resolve(name), StandardCharsets.UTF_8);
    }

    static String batch() throws Exception {
        return "[" + file("minh-tien.json") + ", " + file("quyet-thang.json") + "]";
    }

    @Test
    @DisplayName("Accept xlsx: bảng tính kết quả, đọc lại bằng Apache POI: Minh Tiến 14/19, Quyết Thắng 11/19")
    void workbookOfTheBatch() throws Exception {
        Http.Bytes a = http.postAccepting("/v1/evaluations", XLSX, batch());
        assertEquals(200, a.status(), a.text());
        assertEquals(XLSX, a.headers().firstValue("Content-Type").orElse(""));
        String disposition = a.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains(".xlsx\""), disposition);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.body()))) {
            Sheet m = wb.getSheet("Tổng hợp – Xã NTM");
            assertNotNull(m, "the xã NTM matrix");
            assertEquals("14/19", ratio(m, "HL-MT"));
            assertEquals("11/19", ratio(m, "HL-QT"));
        }
    }

    @Test
    @DisplayName("Báo cáo huyện với Accept xlsx: bảng tính của các xã trong báo cáo")
    void workbookOfTheDistrictReport() throws Exception {
        Http.Bytes a = http.postAccepting("/v1/district-reports", XLSX, "{\"assessments\": " + batch() + "}");
        assertEquals(200, a.status(), a.text());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.body()))) {
            Sheet m = wb.getSheet("Tổng hợp – Xã NTM");
            assertEquals("14/19", ratio(m, "HL-MT"));
            assertEquals("11/19", ratio(m, "HL-QT"));
        }
    }

    @Test
    @DisplayName("Accept text/html: trang tổng hợp UTF-8 với lưới xã × tiêu chí và Minh Tiến")
    void dashboardPages() throws Exception {
        for (String path : List.of("/v1/evaluations", "/v1/district-reports")) {
            String body = path.endsWith("evaluations") ? batch() : "{\"assessments\": " + batch() + "}";
            Http.Bytes a = http.postAccepting(path, "text/html", body);
            assertEquals(200, a.status(), a.text());
            assertEquals("text/html; charset=utf-8", a.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT));
            String page = a.text();
            assertTrue(page.contains("<table class=\"grid\""), path);
            assertTrue(page.contains("Minh Tiến"), path);
            assertTrue(page.contains("14/19"), path);
        }
    }

    @Test
    @DisplayName("Không có Accept, application/json hoặc */*: vẫn là JSON như cũ")
    void jsonStaysTheDefault() throws Exception {
        String json = http.post("/v1/evaluations", file("minh-tien.json")).body();
        for (String accept : List.of("application/json", "*/*", "text/html;q=0.5, application/json")) {
            Http.Bytes a = http.postAccepting("/v1/evaluations", accept, file("minh-tien.json"));
            assertEquals(200, a.status());
            assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), accept);
            assertEquals(json, a.text(), accept);
        }
    }

    @Test
    @DisplayName("Accept image/png: 406 với ntm-error/1 nêu các định dạng có thể trả")
    void unacceptableIs406() throws Exception {
        Http.Bytes a = http.postAccepting("/v1/evaluations", "image/png", file("minh-tien.json"));
        assertEquals(406, a.status());
        assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode doc = NtmJson.mapper().readTree(a.body());
        assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, doc));
        String message = doc.get("errors").get(0).get("message").asText();
        assertTrue(message.contains("Không có định dạng"), message);
        for (String offered : List.of("application/json", XLSX, "text/html")) assertTrue(message.contains(offered), message);
        assertEquals(406, http.postAccepting("/v1/district-reports", "image/png", "{}").status());
    }

    @Test
    @DisplayName("Lô có hồ sơ sai với Accept xlsx hoặc html: 400 với lỗi JSON, không có bảng tính thiếu xã")
    void aPartialBatchIsNoWorkbook() throws Exception {
        String body = "[" + file("minh-tien.json") + ", {\"format\": \"ntm-assessment/1\"}]";
        for (String accept : List.of(XLSX, "text/html")) {
            Http.Bytes a = http.postAccepting("/v1/evaluations", accept, body);
            assertEquals(400, a.status(), accept);
            assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), accept);
            JsonNode doc = NtmJson.mapper().readTree(a.body());
            assertEquals(List.of(), NtmJson.validate(NtmJson.ERROR_SCHEMA, doc));
            List<String> pointers = doc.get("errors").findValuesAsText("pointer");
            assertTrue(pointers.stream().allMatch(p -> p.startsWith("/1")), pointers.toString());
        }
    }

    /** The X/N cell of a commune's row in a matrix sheet. */
    private static String ratio(Sheet m, String code) {
        Row header = m.getRow(2);
        int col = -1;
        for (Cell c : header) if (c.getStringCellValue().equals("Tỷ lệ (X/N)")) col = c.getColumnIndex();
        DataFormatter f = new DataFormatter();
        for (Row r : m) {
            if (f.formatCellValue(r.getCell(0)).equals(code)) return f.formatCellValue(r.getCell(col));
        }
        throw new AssertionError("no row for " + code);
    }
}
