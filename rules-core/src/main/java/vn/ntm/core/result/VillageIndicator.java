package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator (or part) computed from village figures (extension of ntm-result/1, list {@code villages}): the commune's
 * totals, the level in force, and the villages below it with the households each must add ("lấy địa bàn thôn để chỉ đạo").
 *
 * @param legalRef where the catalog's rule for computing it from villages comes from
 * @param level    the level in force (null when none is usable)
 */
@JsonPropertyOrder({"indicator", "part", "method", "legalRef", "villageCount", "households", "served", "share", "level", "below"})
public record VillageIndicator(String indicator, @JsonInclude(JsonInclude.Include.NON_NULL) String part, String method,
                               String legalRef, int villageCount, long households, long served, BigDecimal share,
                               @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal level, List<VillageGap> below) {
}
