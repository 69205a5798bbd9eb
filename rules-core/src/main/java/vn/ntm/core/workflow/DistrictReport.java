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

/**
 * The district's report over its communes (document ntm-district-report/1): per commune the achieved criteria, what
 * the province appraised, each group of criteria with its due date, the week's progress, poll readiness and
 * recognition. Render it in Vietnamese with {@link DistrictTextReport}.
 *
 * @param asOf       the latest assessment date among the communes
 * @param nextReport the next weekly report on or after {@code asOf}, when a plan is given
 */
@JsonPropertyOrder({"format", "district", "province", "source", "asOf", "plan", "nextReport", "communes"})
public record DistrictReport(String format, String district, @JsonInclude(JsonInclude.Include.NON_NULL) String province,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String source, LocalDate asOf,
                             @JsonInclude(JsonInclude.Include.NON_NULL) DistrictPlan plan,
                             @JsonInclude(JsonInclude.Include.NON_NULL) LocalDateTime nextReport,
                             List<CommuneSection> communes) {
    public static final String FORMAT = "ntm-district-report/1";

    /** One commune's part of the report. {@code groups}: criterion codes per follow-up group, in catalog order. */
    @JsonPropertyOrder({"commune", "criteriaSet", "criteriaSetName", "assessedOn", "achievedCount", "criteriaCount",
            "achieved", "provinceAppraisal", "groups", "schedule", "progress", "pollReadiness", "recognition", "stillNeeds",
            "forecast"})
    public record CommuneSection(CommuneInfo commune, String criteriaSet, String criteriaSetName, LocalDate assessedOn,
                                 int achievedCount, int criteriaCount, List<String> achieved,
                                 ProvinceAppraisal provinceAppraisal, Map<AppraisalGroup, List<String>> groups,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Schedule schedule,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Progress progress,
                                 PollReadiness pollReadiness, Recognition recognition,
                                 @com.fasterxml.jackson.annotation.JsonIgnore AssessmentResult result,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<vn.ntm.core.result.StillNeed> stillNeeds,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) vn.ntm.core.planning.Forecast forecast) { }

    /**
     * Builds the report. For each commune (and criteria set) the latest of {@code current} is reported; the week's
     * progress compares it with the latest earlier result found in {@code previous} or, failing that, in {@code current}.
     *
     * @param plan may be null: then no due dates
     */
    public static DistrictReport build(List<AssessmentResult> current, List<AssessmentResult> previous, DistrictPlan plan) {
        if (current.isEmpty()) throw new IllegalArgumentException("no commune results to report on");
        Map<String, List<AssessmentResult>> byCommune = new LinkedHashMap<>();
        for (AssessmentResult r : current) byCommune.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        Map<String, List<AssessmentResult>> earlier = new LinkedHashMap<>();
        for (AssessmentResult r : previous) earlier.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);

        List<CommuneSection> sections = new ArrayList<>();
        LocalDate asOf = null;
        for (Map.Entry<String, List<AssessmentResult>> e : byCommune.entrySet()) {
            List<AssessmentResult> rs = new ArrayList<>(e.getValue());
            rs.sort(Comparator.comparing(AssessmentResult::assessedOn));
            AssessmentResult latest = rs.get(rs.size() - 1);
            List<AssessmentResult> candidates = new ArrayList<>(earlier.getOrDefault(e.getKey(), List.of()));
            if (candidates.isEmpty()) candidates.addAll(rs.subList(0, rs.size() - 1));
            AssessmentResult before = candidates.stream().filter(x -> x.assessedOn().isBefore(latest.assessedOn()))
                    .max(Comparator.comparing(AssessmentResult::assessedOn)).orElse(null);
            AssessmentResult now = plan == null ? latest : Deadlines.apply(latest, plan);
            List<AssessmentResult> history = new ArrayList<>(rs);
            history.addAll(earlier.getOrDefault(e.getKey(), List.of()));
            sections.add(section(now, before == null ? null : Progress.between(before, now),
                    vn.ntm.core.planning.Forecast.of(history, plan)));
            if (asOf == null || now.assessedOn().isAfter(asOf)) asOf = now.assessedOn();
        }
        CommuneInfo first = sections.get(0).commune();
        String district = plan != null ? plan.district() : first.district();
        String province = plan != null && plan.province() != null ? plan.province() : first.province();
        return new DistrictReport(FORMAT, district, province, plan == null ? null : plan.source(), asOf, plan,
                plan == null ? null : Deadlines.nextReport(plan, asOf), sections);
    }

    private static String key(AssessmentResult r) { return r.commune().code() + "|" + r.criteriaSet(); }

    private static CommuneSection section(AssessmentResult r, Progress p, vn.ntm.core.planning.Forecast forecast) {
        Map<AppraisalGroup, List<String>> groups = new EnumMap<>(AppraisalGroup.class);
        for (AppraisalGroup g : AppraisalGroup.values()) groups.put(g, new ArrayList<>());
        for (CriterionResult c : r.criteria()) groups.get(c.group()).add(c.code());
        return new CommuneSection(r.commune(), r.criteriaSet(), r.criteriaSetName(), r.assessedOn(), r.achievedCount(),
                r.criteriaCount(), r.achievedCodes(), ProvinceAppraisal.of(r), groups, r.schedule(), p, r.pollReadiness(),
                r.recognition(), r, r.stillNeeds(), forecast);
    }
}
