package vn.ntm.core.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CommuneInfo;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.PollReadiness;
import vn.ntm.core.result.Recognition;
import vn.ntm.core.result.Schedule;
import vn.ntm.core.result.Warning;

/**
 * The district's report over its communes (document ntm-district-report/1): per commune the achieved criteria, what
 * the province appraised, each group of criteria with its due date, the week's progress, poll readiness and
 * recognition. Every deadline is counted at one date, {@code asOf}. Render it in Vietnamese with
 * {@link DistrictTextReport}.
 *
 * @param asOf       the report's date: given, or the latest assessment date among the communes
 * @param nextReport the next weekly report on or after {@code asOf}, when a plan is given and some commune has not
 *                   finished
 */
@JsonPropertyOrder({"format", "district", "province", "source", "asOf", "plan", "nextReport", "communes"})
public record DistrictReport(String format, String district, @JsonInclude(JsonInclude.Include.NON_NULL) String province,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String source, LocalDate asOf,
                             @JsonInclude(JsonInclude.Include.NON_NULL) DistrictPlan plan,
                             @JsonInclude(JsonInclude.Include.NON_NULL) LocalDateTime nextReport,
                             List<CommuneSection> communes) {
    public static final String FORMAT = "ntm-district-report/1";
    /** A commune whose latest assessment is older than this many days before the report's date is flagged. */
    public static final int REPORTING_WEEK_DAYS = 7;

    /**
     * One commune's part of the report. {@code groups}: criterion codes per follow-up group, in catalog order.
     * {@code stale}: the latest assessment is older than the reporting week, so its figures may be out of date.
     */
    @JsonPropertyOrder({"commune", "criteriaSet", "criteriaSetName", "assessedOn", "stale", "achievedCount", "criteriaCount",
            "achieved", "provinceAppraisal", "groups", "schedule", "progress", "pollReadiness", "recognition", "warnings", "stillNeeds",
            "forecast"})
    public record CommuneSection(CommuneInfo commune, String criteriaSet, String criteriaSetName, LocalDate assessedOn,
                                 boolean stale, int achievedCount, int criteriaCount, List<String> achieved,
                                 ProvinceAppraisal provinceAppraisal, Map<AppraisalGroup, List<String>> groups,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Schedule schedule,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Progress progress,
                                 PollReadiness pollReadiness, Recognition recognition, List<Warning> warnings,
                                 @com.fasterxml.jackson.annotation.JsonIgnore AssessmentResult result,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<vn.ntm.core.result.StillNeed> stillNeeds,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) vn.ntm.core.planning.Forecast forecast) {
        /** Every criterion achieved: nothing more to report weekly. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean finished() { return achievedCount == criteriaCount; }
    }

    /** As {@link #build(List, List, DistrictPlan, LocalDate)} as of the latest assessment date. */
    public static DistrictReport build(List<AssessmentResult> current, List<AssessmentResult> previous, DistrictPlan plan) {
        return build(current, previous, plan, null);
    }

    /**
     * Builds the report. For each commune (and criteria set) the latest of {@code current} is reported; the week's
     * progress compares it with the latest earlier result found in {@code previous} or, failing that, in {@code current}.
     *
     * @param plan may be null: then no due dates
     * @param asOf the report's date; null: the latest assessment date
     */
    public static DistrictReport build(List<AssessmentResult> current, List<AssessmentResult> previous, DistrictPlan plan,
                                       LocalDate asOf) {
        if (current.isEmpty()) throw new IllegalArgumentException("no commune results to report on");
        Map<String, List<AssessmentResult>> byCommune = new LinkedHashMap<>();
        for (AssessmentResult r : current) byCommune.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        Map<String, List<AssessmentResult>> earlier = new LinkedHashMap<>();
        for (AssessmentResult r : previous) earlier.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        LocalDate day = asOf;
        if (day == null) for (AssessmentResult r : current) if (day == null || r.assessedOn().isAfter(day)) day = r.assessedOn();

        List<CommuneSection> sections = new ArrayList<>();
        for (Map.Entry<String, List<AssessmentResult>> e : byCommune.entrySet()) {
            List<AssessmentResult> rs = new ArrayList<>(e.getValue());
            rs.sort(Comparator.comparing(AssessmentResult::assessedOn));
            AssessmentResult latest = rs.get(rs.size() - 1);
            List<AssessmentResult> candidates = new ArrayList<>(earlier.getOrDefault(e.getKey(), List.of()));
            if (candidates.isEmpty()) candidates.addAll(rs.subList(0, rs.size() - 1));
            AssessmentResult before = candidates.stream().filter(x -> x.assessedOn().isBefore(latest.assessedOn()))
                    .max(Comparator.comparing(AssessmentResult::assessedOn)).orElse(null);
            AssessmentResult first = candidates.stream().filter(x -> x.assessedOn().isBefore(latest.assessedOn()))
                    .min(Comparator.comparing(AssessmentResult::assessedOn)).orElse(null);
            sections.add(section(latest, before, first, plan, day));
        }
        return of(sections.get(0).commune(), plan, day, sections);
    }

    /** The report around sections already built (all at {@code asOf}). */
    public static DistrictReport of(CommuneInfo first, DistrictPlan plan, LocalDate asOf, List<CommuneSection> sections) {
        String district = plan != null ? plan.district() : first.district();
        String province = plan != null && plan.province() != null ? plan.province() : first.province();
        boolean allFinished = sections.stream().allMatch(CommuneSection::finished);
        return new DistrictReport(FORMAT, district, province, plan == null ? null : plan.source(), asOf, plan,
                plan == null || allFinished ? null : Deadlines.nextReport(plan, asOf), sections);
    }

    /** One commune's section at the report's date; {@code before} (may be null) gives the week's progress. */
    public static CommuneSection section(AssessmentResult latest, AssessmentResult before, DistrictPlan plan, LocalDate asOf) {
        return section(latest, before, before, plan, asOf);
    }

    /**
     * As {@link #section(AssessmentResult, AssessmentResult, DistrictPlan, LocalDate)}; {@code first} (may be null),
     * the commune's earliest assessment, starts the pace of the forecast.
     */
    public static CommuneSection section(AssessmentResult latest, AssessmentResult before, AssessmentResult first,
                                         DistrictPlan plan, LocalDate asOf) {
        AssessmentResult r = plan == null ? latest : Deadlines.apply(latest, plan, asOf);
        List<AssessmentResult> history = new ArrayList<>(3);
        if (first != null) history.add(first);
        if (before != null) history.add(before);
        history.add(r);
        vn.ntm.core.planning.Forecast forecast = vn.ntm.core.planning.Forecast.of(history, plan);
        Progress p = before == null ? null : Progress.between(before, r);
        Map<AppraisalGroup, List<String>> groups = new EnumMap<>(AppraisalGroup.class);
        for (AppraisalGroup g : AppraisalGroup.values()) groups.put(g, new ArrayList<>());
        for (CriterionResult c : r.criteria()) if (c.group() != null) groups.get(c.group()).add(c.code());
        boolean stale = r.assessedOn().isBefore(asOf.minusDays(REPORTING_WEEK_DAYS - 1));
        return new CommuneSection(r.commune(), r.criteriaSet(), r.criteriaSetName(), r.assessedOn(), stale, r.achievedCount(),
                r.criteriaCount(), r.achievedCodes(), ProvinceAppraisal.of(r), groups, r.schedule(), p, r.pollReadiness(),
                r.recognition(), r.warnings(), r, r.stillNeeds(), forecast);
    }

    private static String key(AssessmentResult r) { return r.commune().code() + "|" + r.criteriaSet(); }
}
