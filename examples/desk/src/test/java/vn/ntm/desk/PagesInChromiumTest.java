package vn.ntm.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.PlanReader;

/**
 * The dashboard and the law explorer as a person sees them in headless Chromium: the grid, a commune's indicators
 * after a click, a search; no console error, and no request other than the page itself. In CI Chromium must be there.
 */
class PagesInChromiumTest {

    private static Path chromium() {
        Path exe = Chromium.executable();
        if (exe == null && System.getenv("CI") != null) throw new AssertionError("CI: Chromium is required (.ci/run installs Debian's chromium)");
        Assumptions.assumeTrue(exe != null, "no Chromium on this machine");
        return exe;
    }

    @Test
    void theDashboardShowsTheGridAndACommunesIndicatorsAfterAClick() throws Exception {
        Path exe = chromium();
        List<AssessmentResult> now = Examples.EVALUATOR.evaluateAll(Examples.read(Examples.HUU_LUNG.resolve("2024-09-27")));
        List<AssessmentResult> before = Examples.EVALUATOR.evaluateAll(Examples.read(Examples.HUU_LUNG));
        DistrictReport report = DistrictReport.build(concat(before, now), List.of(), PlanReader.read(Examples.HUU_LUNG.resolve("plan.yaml")));
        Path page = Examples.target("dashboard.html").toAbsolutePath();
        Files.writeString(page, Dashboard.render(report), StandardCharsets.UTF_8);
        try (Chromium browser = new Chromium(exe, 1280, 900)) {
            browser.open(page.toUri().toString());
            // the grid: one row per commune, with its count
            assertEquals(2, browser.eval("document.querySelectorAll('table.grid').length").asInt(), "one grid per criteria set");
            String grid = browser.eval("Array.from(document.querySelectorAll('table.grid tbody tr')).map(r => r.innerText.replace(/\\s+/g,' ').trim()).join('\\n')").asText();
            assertTrue(grid.contains("Minh Tiến"), grid);
            assertTrue(grid.contains("15/19"), grid);   // on 27/9 Minh Tiến also meets criterion 19
            assertTrue(grid.contains("Cai Kinh"), grid);
            assertEquals(0, browser.eval("Array.from(document.querySelectorAll('section.drill')).filter(s => s.offsetParent !== null).length").asInt(),
                    "no drill-down before a click");
            assertTrue(browser.eval("document.body.innerText").asText().contains("Tiến độ trong tuần"), "the week's progress chart");
            assertEquals(1, browser.eval("document.querySelectorAll('svg.chart').length").asInt());
            browser.screenshot(Path.of("desk", "target", "screenshots", "dashboard.png"));

            browser.click("Array.from(document.querySelectorAll('button.commune')).find(b => b.textContent === 'Minh Tiến')");
            String shown = browser.eval("Array.from(document.querySelectorAll('section.drill')).filter(s => s.offsetParent !== null).map(s => s.dataset.commune).join(',')").asText();
            assertEquals("HL-MT", shown, "Minh Tiến's drill-down, and only it, is open");
            String row = browser.eval("document.querySelector('section.drill:not([hidden]) tr[data-indicator=\"3.1\"]').innerText.replace(/\\s+/g,' ')").asText();
            assertTrue(row.contains("83,5 %") && row.contains("Đạt") && row.contains("Đã kiểm chứng"), row);
            String drill = browser.eval("document.querySelector('section.drill:not([hidden])').innerText").asText();
            assertTrue(drill.contains("Hồ sơ minh chứng còn thiếu"), drill);
            assertTrue(drill.contains("QUÁ HẠN"), "an overdue item on 27/9");
            assertTrue(drill.contains("Chưa đủ điều kiện lấy ý kiến"), drill);
            browser.screenshot(Path.of("desk", "target", "screenshots", "dashboard-minh-tien.png"));

            // on paper every commune's drill-down is printed, each on its own A4 page
            browser.send("Emulation.setEmulatedMedia", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("media", "print"));
            assertEquals(3, browser.eval("Array.from(document.querySelectorAll('section.drill')).filter(s => getComputedStyle(s).display !== 'none').length").asInt());
            assertEquals("page", browser.eval("getComputedStyle(document.querySelector('section.drill')).breakBefore").asText());

            assertEquals(List.of(), browser.errors());
            assertEquals(List.of(page.toUri().toString()), browser.requests(), "nothing but the page itself is loaded");
        }
    }

    @Test
    void theLawExplorerListsEverySetAndFindsAnIndicator() throws Exception {
        Path exe = chromium();
        Path page = Examples.target("law.html").toAbsolutePath();
        Files.writeString(page, LawExplorer.render(Examples.EVALUATOR.definitions()), StandardCharsets.UTF_8);
        try (Chromium browser = new Chromium(exe, 1280, 900)) {
            browser.open(page.toUri().toString());
            assertEquals(3, browser.eval("document.querySelectorAll('section.set').length").asInt(), "xã NTM, nâng cao, kiểu mẫu");
            String irrigation = browser.eval("document.querySelector('[data-indicator=\"xa-ntm-2021-2025:3.1\"]').innerText").asText();
            assertTrue(irrigation.contains("@legalRef") && irrigation.contains("VERIFIED"), irrigation);
            browser.click("document.getElementById('q')");
            browser.type("tuoi tieu");   // without diacritics, as people type in a hurry
            List<String> visible = List.of(browser.eval("Array.from(document.querySelectorAll('.ind')).filter(i => i.offsetParent !== null)"
                    + ".map(i => i.dataset.indicator).join(',')").asText().split(","));
            assertTrue(visible.contains("xa-ntm-2021-2025:3.1"), visible.toString());
            assertFalse(visible.contains("xa-ntm-2021-2025:1.1"), visible.toString());
            browser.screenshot(Path.of("desk", "target", "screenshots", "law.png"));
            assertEquals(List.of(), browser.errors());
            assertEquals(List.of(page.toUri().toString()), browser.requests());
        }
    }

    private static List<AssessmentResult> concat(List<AssessmentResult> a, List<AssessmentResult> b) {
        List<AssessmentResult> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
