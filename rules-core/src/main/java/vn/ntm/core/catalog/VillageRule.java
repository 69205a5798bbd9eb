package vn.ntm.core.catalog;

import java.util.List;

/**
 * How an indicator's commune value follows from village (thôn) figures, as the catalog declares it (law data, with its
 * legal reference). {@code HOUSEHOLD_SHARE}: the commune's share of households is 100 × Σ served ÷ Σ households over
 * its villages, which partition its households; each village reports {@code households} and one served count per
 * field (one field for a simple indicator, one per part for a composite).
 *
 * @param legalRef where the indicator is defined as a share of the commune's households
 * @param basis    why the village figures add up to the commune's (the reading, for a reader to check)
 */
public record VillageRule(Method method, String legalRef, String basis, List<Field> fields) {
    /** The only method today; counts summed over villages would be another. */
    public enum Method { HOUSEHOLD_SHARE }

    /** Village data key holding the households of the village. */
    public static final String HOUSEHOLDS = "households";

    /** One served count: the village data key, and the part of a composite it gives (null for a simple indicator). */
    public record Field(String part, String served) { }

    public VillageRule {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Every key a village may and must give for this indicator: households, then the served counts. */
    public List<String> keys() {
        List<String> out = new java.util.ArrayList<>();
        out.add(HOUSEHOLDS);
        for (Field f : fields) out.add(f.served());
        return out;
    }
}
