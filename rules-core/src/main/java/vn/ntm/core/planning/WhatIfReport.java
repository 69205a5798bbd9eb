package vn.ntm.core.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.facts.CriterionStatus;

/**
 * What changes if levels change (document ntm-what-if/1): either a comparison of every commune under the current
 * levels and under a proposal ({@code kind: compare}), or a sweep of one level over a range ({@code kind: sweep}).
 *
 * @param current  the overlays in force now (the national levels apply wherever none sets a level)
 * @param proposed the proposed overlays (compare) — empty for a sweep, whose levels are in {@code sweep}
 */
@JsonPropertyOrder({"format", "kind", "current", "proposed", "communeCount", "changedCount", "communes", "provinces",
        "criteria", "sweep"})
public record WhatIfReport(String format, Kind kind, List<OverlayRef> current, List<OverlayRef> proposed, int communeCount,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer changedCount,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<CommuneChange> communes,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<ProvinceSummary> provinces,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<CriterionSummary> criteria,
                           @JsonInclude(JsonInclude.Include.NON_NULL) SweepReport sweep) {
    public static final String FORMAT = "ntm-what-if/1";

    public enum Kind { compare, sweep }

    /** An overlay by its file, province and decision. */
    @JsonPropertyOrder({"source", "province", "criteriaSet", "decision"})
    public record OverlayRef(String source, String province, String criteriaSet, String decision) { }

    /** One commune whose outcome changes. Statuses are before → after. */
    @JsonPropertyOrder({"code", "name", "district", "province", "criteriaSet", "assessedOn", "criteriaCount", "achievedBefore",
            "achievedAfter", "pollReadyBefore", "pollReadyAfter", "criteria", "indicators"})
    public record CommuneChange(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String district,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String province, String criteriaSet,
                                LocalDate assessedOn, int criteriaCount, int achievedBefore, int achievedAfter,
                                boolean pollReadyBefore, boolean pollReadyAfter, List<StatusChange> criteria,
                                List<IndicatorChange> indicators) { }

    @JsonPropertyOrder({"code", "name", "before", "after"})
    public record StatusChange(String code, String name, String before, String after) { }

    /** An indicator whose status changes, with the value and the level held against it before and after. */
    @JsonPropertyOrder({"code", "name", "before", "after", "value", "thresholdBefore", "thresholdAfter"})
    public record IndicatorChange(String code, String name, String before, String after,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Object value,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Object thresholdBefore,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Object thresholdAfter) { }

    /** Per province: communes, how many change, and how many are at full marks and ready for the poll before and after. */
    @JsonPropertyOrder({"province", "communes", "changed", "completeBefore", "completeAfter", "pollReadyBefore", "pollReadyAfter"})
    public record ProvinceSummary(String province, int communes, int changed, int completeBefore, int completeAfter,
                                  int pollReadyBefore, int pollReadyAfter) { }

    /** Per criterion that changes anywhere: communes achieving it before and after, gained and lost. */
    @JsonPropertyOrder({"criteriaSet", "code", "name", "achievedBefore", "achievedAfter", "gained", "lost"})
    public record CriterionSummary(String criteriaSet, String code, String name, int achievedBefore, int achievedAfter,
                                   int gained, int lost) { }

    /**
     * A sweep of one level: per level, communes of the indicator's set achieving its criterion, at full marks
     * (all criteria) and ready for the poll, and the communes whose criterion flips from the level before
     * (the first level is compared with the current levels).
     *
     * @param otherSetCommunes communes of other criteria sets, which the level does not touch
     * @param method           {@code partial}: each level re-decided only the swept indicator's criterion; {@code full}
     */
    @JsonPropertyOrder({"indicator", "part", "name", "criteriaSet", "criterion", "criterionName", "communes",
            "otherSetCommunes", "method", "current", "steps"})
    public record SweepReport(String indicator, @JsonInclude(JsonInclude.Include.NON_NULL) String part, String name,
                              String criteriaSet, String criterion, String criterionName, int communes, int otherSetCommunes,
                              String method, Counts current, List<Step> steps) { }

    @JsonPropertyOrder({"achieving", "complete", "pollReady"})
    public record Counts(int achieving, int complete, int pollReady) { }

    @JsonPropertyOrder({"level", "achieving", "complete", "pollReady", "flips"})
    public record Step(BigDecimal level, int achieving, int complete, int pollReady, List<Flip> flips) { }

    @JsonPropertyOrder({"code", "name", "province", "before", "after", "achievedAfter"})
    public record Flip(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String province,
                       CriterionStatus before, CriterionStatus after, int achievedAfter) { }
}
