package vn.ntm.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated threshold series: a day resolves to at most one value; periods may not overlap. */
class ThresholdTableTest {
    static ThresholdEntry entry(String from, String to, int value) {
        return new ThresholdEntry("10", null, Region.TDMNPB, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                BigDecimal.valueOf(value), Verification.PROVISIONAL, "test " + from, "basis", "source", ThresholdEntry.NATIONAL);
    }

    @Test
    void eachDayResolvesToTheValueInForceBothSidesOfAChange() {
        ThresholdTable t = new ThresholdTable(List.of(entry("2022-03-08", "2022-12-31", 39), entry("2023-01-01", null, 42)));
        assertNull(t.find("10", null, Region.TDMNPB, LocalDate.parse("2022-03-07")), "before the decision took effect");
        assertEquals(BigDecimal.valueOf(39), t.find("10", null, Region.TDMNPB, LocalDate.parse("2022-03-08")).number());
        assertEquals(BigDecimal.valueOf(39), t.find("10", null, Region.TDMNPB, LocalDate.parse("2022-12-31")).number());
        assertEquals(BigDecimal.valueOf(42), t.find("10", null, Region.TDMNPB, LocalDate.parse("2023-01-01")).number());
        assertNull(t.find("10", null, Region.DBSH, LocalDate.parse("2023-01-01")), "another region's series is separate");
    }

    @Test
    void overlappingPeriodsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ThresholdTable(List.of(entry("2022-03-08", "2022-12-31", 39), entry("2022-12-31", null, 42))));
        assertTrue(e.getMessage().contains("overlapping"), e.getMessage());
    }
}
