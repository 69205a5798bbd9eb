package vn.ntm.desk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.workflow.DistrictReport;

/** Text from the input never becomes markup in the page. */
class DashboardEscapingTest {

    @Test
    void aCommuneNamedLikeMarkupIsShownAsText() throws Exception {
        Assessment a = Examples.read(Examples.HUU_LUNG).stream().filter(x -> x.commune().code().equals("HL-QT")).findFirst().orElseThrow();
        Commune c = a.commune();
        Assessment odd = new Assessment(new Commune("\"><img src=x onerror=alert(1)>", "<script>alert('xã')</script>", c.district(), c.province(),
                c.region(), c.categories()), a.criteriaSet(), a.assessedOn(), a.indicators(), a.notApplicable(), a.evidence(), a.appraisals(),
                a.recognition(), a.prerequisite());
        String page = Dashboard.render(DistrictReport.build(List.of(Examples.EVALUATOR.evaluate(odd)), List.of(), null));
        assertFalse(page.contains("<script>alert"), "no injected script element");
        assertFalse(page.contains("<img"), "no injected image element");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;xã&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("Content-Security-Policy"), "and the page may not load anything anyway");
    }
}
