package vn.ntm.core.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * A district's follow-up plan (document ntm-plan/1, YAML or JSON): the deadline for each group of criteria and the
 * weekly progress report, with the letter it comes from. Read one with {@link PlanReader}.
 *
 * @param deadlines due date per group; APPRAISED has none (nothing is owed)
 * @param communes  commune codes the plan covers; empty means every commune of the district
 * @param responsible the body responsible, by criterion or indicator code (an indicator's entry wins over its criterion's)
 */
@JsonPropertyOrder({"format", "district", "province", "source", "deadlines", "weeklyReport", "communes", "responsible"})
public record DistrictPlan(String format, String district, @JsonInclude(JsonInclude.Include.NON_NULL) String province,
                           String source, Map<AppraisalGroup, LocalDate> deadlines, WeeklyReport weeklyReport,
                           java.util.List<String> communes,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> responsible) {
    public static final String FORMAT = "ntm-plan/1";

    public DistrictPlan {
        responsible = responsible == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(responsible));
    }

    /** Without responsible bodies. */
    public DistrictPlan(String format, String district, String province, String source, Map<AppraisalGroup, LocalDate> deadlines,
                        WeeklyReport weeklyReport, java.util.List<String> communes) {
        this(format, district, province, source, deadlines, weeklyReport, communes, Map.of());
    }

    /** The weekly progress report: every {@code day} at {@code time}, from {@code from} until {@code to} (open if null). */
    @JsonPropertyOrder({"day", "time", "from", "to", "recipient"})
    public record WeeklyReport(DayOfWeek day, LocalTime time, LocalDate from,
                               @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate to,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String recipient) { }

    public LocalDate deadline(AppraisalGroup g) { return deadlines.get(g); }

    public boolean covers(String communeCode) { return communes.isEmpty() || communes.contains(communeCode); }

    public static DistrictPlan read(Path file) { return PlanReader.read(file); }
}
