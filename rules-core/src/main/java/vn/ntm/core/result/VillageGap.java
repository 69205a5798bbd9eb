package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A village (thôn) below the level of a household-share indicator: its households, those served, its share, and how
 * many more households must be served for the village itself to reach the level.
 *
 * @param part for a composite indicator, the part concerned
 */
@JsonPropertyOrder({"code", "name", "part", "households", "served", "share", "level", "householdsToAdd"})
public record VillageGap(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String part, long households,
                         long served, BigDecimal share, BigDecimal level, long householdsToAdd) {
}
