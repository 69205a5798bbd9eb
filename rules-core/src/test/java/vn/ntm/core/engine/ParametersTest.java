package vn.ntm.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Verification;

/** A caller's own cited value replaces a legal parameter only for the sets it names. */
class ParametersTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 16);
    private static final String XA = "xa-ntm-2021-2025";
    private static final String NANG_CAO = "xa-ntm-nang-cao-2021-2025";
    private static final String KIEU_MAU = "xa-ntm-kieu-mau-2021-2025";

    private static Parameters.Entry rate(List<String> sets, String value, String citation) {
        return new Parameters.Entry("recognition.satisfaction.minRate", sets, LocalDate.of(2022, 8, 2),
                LocalDate.of(2025, 12, 31), new BigDecimal(value), Verification.PROVISIONAL, citation, "basis", "source");
    }

    @Test
    void overridingOneSetLeavesTheOtherSetsValuesInPlace() {
        Parameters national = Parameters.none().with(rate(List.of(XA, NANG_CAO, KIEU_MAU), "80", "18/2022/QĐ-TTg"));
        Parameters p = national.with(rate(List.of(XA), "90", "QĐ của tỉnh"));
        assertEquals(0, new BigDecimal("90").compareTo(p.find("recognition.satisfaction.minRate", XA, DAY).value()));
        Parameters.Entry nc = p.find("recognition.satisfaction.minRate", NANG_CAO, DAY);
        assertNotNull(nc, "nâng cao keeps the national value");
        assertEquals(0, new BigDecimal("80").compareTo(nc.value()));
        assertEquals("18/2022/QĐ-TTg", p.find("recognition.satisfaction.minRate", KIEU_MAU, DAY).citation());
    }

    @Test
    void overridingEverySetReplacesThemAll() {
        Parameters national = Parameters.none().with(rate(List.of(XA, NANG_CAO), "80", "18/2022/QĐ-TTg"));
        Parameters p = national.with(rate(List.of(XA, NANG_CAO), "85", "QĐ của tỉnh"));
        assertEquals("QĐ của tỉnh", p.find("recognition.satisfaction.minRate", XA, DAY).citation());
        assertEquals("QĐ của tỉnh", p.find("recognition.satisfaction.minRate", NANG_CAO, DAY).citation());
        assertEquals(1, p.all().size());
    }
}
