package vn.ntm.core.input;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A village (thôn) of the commune with its own figures for indicators the catalog lets be computed from villages
 * (extension of ntm-assessment/1): indicator code → { households, served, … } as whole numbers.
 */
public record Village(String code, String name, Map<String, Map<String, BigDecimal>> indicators) {
    public Village {
        Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
        if (indicators != null) indicators.forEach((k, v) -> copy.put(k, v == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        indicators = Collections.unmodifiableMap(copy);
    }
}
