package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official's path from the command line: template → fill in → evaluate / dashboard / letter. */
class DeskCommandsTest {

    @Test
    void theCommittedExampleWorkbookGivesTheSameResultsAsTheJsonFiles() {
        CliRun json = CliRun.run("evaluate", "--format", "json", "huu-lung");
        CliRun xlsx = CliRun.run("evaluate", "--format", "json", "huu-lung/huu-lung.xlsx");
        assertEquals(0, xlsx.code(), xlsx.err());
        assertEquals(json.out(), xlsx.out());
        CliRun text = CliRun.run("evaluate", "huu-lung/huu-lung.xlsx");
        assertTrue(text.out().contains("Xã Minh Tiến đạt 14/19 tiêu chí gồm: Số 1 – Quy hoạch;"), text.out());
    }

    @Test
    void aTemplateForOneSetWithBlankColumns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bieu.xlsx");
        CliRun r = CliRun.run("template", "--set", "xa-ntm-2021-2025", "--communes", "3", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
            assertEquals(java.util.List.of("Hướng dẫn", "Xã NTM", "Hồ sơ minh chứng", "Thẩm tra, thẩm định", "Thôn", "Danh mục hồ sơ"),
                    wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
        }
        // an empty template is not an assessment: a clear message and exit 2
        CliRun empty = CliRun.run("evaluate", out.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("không có trang bộ tiêu chí nào có số liệu xã"), empty.err());
        assertEquals(2, CliRun.run("template", "--set", "no-such-set", "-o", dir.resolve("x.xlsx").toString()).code());
    }

    @Test
    void aBadWorkbookGetsCellNamedErrorsAndExit2(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("bad.xlsx");
        assertEquals(0, CliRun.run("template", "--communes", "huu-lung/quyet-thang.json", "-o", book.toString()).code());
        // the appraisal sheet (the 4th: instructions, Xã NTM, evidence, appraisals): a level nobody uses over the first appraisal
        Path spoilt = Spoil.cell(book, dir.resolve("spoilt.xlsx"), "xl/worksheets/sheet4.xml", "D4", "Bộ thẩm định");
        CliRun r = CliRun.run("evaluate", "--format", "json", spoilt.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("spoilt.xlsx: dữ liệu không hợp lệ (invalid input), 1 lỗi:"), r.err());
        assertTrue(r.err().contains("  Thẩm tra, thẩm định!D4: "), r.err());
        assertTrue(r.err().contains("[appraisals[0].level]"), r.err());
        assertTrue(r.out().contains("\"format\" : \"ntm-error/1\""), r.out());
    }

    @Test
    void resultsAsWorkbookDashboardAndLetter(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("ket-qua.xlsx");
        Path html = dir.resolve("bang.html");
        Path docx = dir.resolve("cong-van.docx");
        Path law = dir.resolve("luat.html");
        assertEquals(0, CliRun.run("evaluate", "--format", "xlsx", "-o", xlsx.toString(), "--plan", "huu-lung/plan.yaml", "huu-lung").code());
        assertEquals(0, CliRun.run("evaluate", "--format", "html", "-o", html.toString(), "--plan", "huu-lung/plan.yaml",
                "--previous", "huu-lung", "huu-lung/2024-09-27", "huu-lung/quyet-thang.json", "huu-lung/cai-kinh.json").code());
        assertEquals(0, CliRun.run("letter", "--plan", "huu-lung/plan.yaml", "-o", docx.toString(), "huu-lung/huu-lung.xlsx").code());
        assertEquals(0, CliRun.run("law", "--format", "html", "-o", law.toString()).code());
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertTrue(zip.getEntry("xl/workbook.xml") != null);
        }
        String page = Files.readString(html);
        assertTrue(page.contains("Tiến độ trong tuần") && page.contains("<svg class=\"chart\""), "the week's progress from --previous");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String doc = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(doc.contains("Xã Minh Tiến đã đạt 14/19 tiêu chí gồm:"), "the letter from the example workbook");
            assertFalse(doc.contains("13/19"));
        }
        assertTrue(Files.readString(law).contains("xa-ntm-kieu-mau-2021-2025"));
        assertEquals(2, CliRun.run("evaluate", "--format", "html", "huu-lung").code(), "html needs -o");
    }

    @Test
    void outputNeverOverwritesAnInputNorLandsWhereItWouldBeReadBack(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("minh-tien.json");
        Files.copy(Path.of("huu-lung/minh-tien.json"), input);
        byte[] before = Files.readAllBytes(input);
        CliRun same = CliRun.run("evaluate", "--format", "xlsx", "-o", input.toString(), input.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("is an input: it will not be overwritten"), same.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "the input is untouched");
        CliRun inFolder = CliRun.run("evaluate", "--format", "json", "-o", dir.resolve("results.json").toString(), dir.toString());
        assertEquals(2, inFolder.code());
        assertTrue(inFolder.err().contains("would be read back as an assessment"), inFolder.err());
        assertFalse(Files.exists(dir.resolve("results.json")));
        CliRun letter = CliRun.run("letter", "--plan", "huu-lung/plan.yaml", "-o", "huu-lung/plan.yaml", "huu-lung");
        assertEquals(2, letter.code());
        // written elsewhere it works, and a second run over the same folder still reads only the assessment
        Path out = dir.resolve("out").resolve("results.json");
        assertEquals(0, CliRun.run("evaluate", "--format", "json", "-o", out.toString(), dir.toString()).code());
        assertEquals(0, CliRun.run("evaluate", "--format", "json", "-o", out.toString(), dir.toString()).code());
        assertTrue(Files.readString(out).contains("\"achievedCount\" : 14"));
    }

    @Test
    void aLongRunShowsProgressOnStderr(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("huu-lung/quyet-thang.json"));
        for (int i = 0; i < 1000; i++) Files.writeString(dir.resolve(String.format("xa-%04d.json", i)), json.replace("HL-QT", "HL-" + i));
        Path out = dir.resolve("out").resolve("ket-qua.xlsx");
        CliRun r = CliRun.run("evaluate", "--format", "xlsx", "-o", out.toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("ntm: đọc và kiểm tra (reading, checking): 1,000 in "), r.err());
        assertTrue(r.err().contains("đã ghi (written) " + out + " — 1000 xã (communes)"), r.err());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void theDistrictReportAsDashboardAndWorkbook(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("huyen.html");
        Path xlsx = dir.resolve("huyen.xlsx");
        CliRun r = CliRun.run("district-report", "--format", "html", "-o", html.toString(), "--plan", "huu-lung/plan.yaml", "huu-lung", "huu-lung/2024-09-27");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("Tiến độ trong tuần") && page.contains("15/19"), "Minh Tiến 14 → 15 over the week");
        assertEquals(0, CliRun.run("district-report", "--format", "xlsx", "-o", xlsx.toString(), "huu-lung").code());
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertTrue(wb.findSheet("Tổng hợp – Xã NTM").isPresent());
        }
        assertEquals(2, CliRun.run("district-report", "--format", "html", "huu-lung").code(), "html needs -o");
        assertEquals(2, CliRun.run("district-report", "--format", "html", "-o", "huu-lung/plan.yaml", "--plan", "huu-lung/plan.yaml", "huu-lung").code());
    }
}
