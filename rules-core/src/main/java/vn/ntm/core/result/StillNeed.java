package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.facts.NoDataReason;

/**
 * One thing a commune still needs (extension of ntm-result/1, list {@code stillNeeds}): a failing indicator, an indicator
 * without data, or a missing dossier document. The list is ordered: failing indicators closest to their level first
 * (smallest relative gap), then failing "Đạt" indicators, then indicators with no data, then missing documents.
 *
 * @param relativeGap  gap divided by the level (0.05 = 5 % short of it); for a composite, its largest part's
 * @param part         for a composite, the part furthest from its level
 * @param due          the plan's deadline for the criterion's group, when a plan was applied and names one
 * @param responsible  the body the plan makes responsible (for the indicator, else for its criterion), when it names one
 * @param villages     villages (thôn) below the level and what each must add, when the value was computed from villages
 */
@JsonPropertyOrder({"kind", "criterion", "indicator", "name", "part", "value", "threshold", "unit", "gap", "relativeGap", "reason",
        "document", "title", "due", "responsible", "villages"})
public record StillNeed(Kind kind, String criterion, @JsonInclude(JsonInclude.Include.NON_NULL) String indicator, String name,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String part,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object value,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object threshold,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
                        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal gap,
                        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal relativeGap,
                        @JsonInclude(JsonInclude.Include.NON_NULL) NoDataReason reason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String document,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String title,
                        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String responsible,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VillageGap> villages) {

    /** FAILING: below (or above) its level; NO_DATA: not yet reported or not decidable; EVIDENCE: a dossier document. */
    public enum Kind { FAILING, NO_DATA, EVIDENCE }

    public StillNeed {
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    public StillNeed with(LocalDate due, String responsible) {
        return new StillNeed(kind, criterion, indicator, name, part, value, threshold, unit, gap, relativeGap, reason, document, title,
                due, responsible, villages);
    }
}
