package vn.ntm.core.workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.input.InputError;

/**
 * Reads ntm-plan/1 (YAML, of which JSON is a subset). Checks by hand rather than by binding so that every problem
 * is reported with its path, like assessments.
 */
public final class PlanReader {
    // deadline keys in the file: the group names, lower camel case as people write them
    private static final Map<String, AppraisalGroup> DEADLINE_KEYS = Map.of(
            "achievedNotAppraised", AppraisalGroup.ACHIEVED_NOT_APPRAISED,
            "toAchieve", AppraisalGroup.TO_ACHIEVE);
    private static final Set<String> TOP = Set.of("format", "district", "province", "source", "deadlines", "weeklyReport", "communes",
            "responsible");
    private static final Set<String> WEEKLY = Set.of("day", "time", "from", "to", "recipient");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PlanReader() { }

    public static DistrictPlan read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InvalidPlanException(file.toString(), List.of(new InputError("(file)", "cannot read: " + e.getMessage())));
        }
    }

    public static DistrictPlan read(byte[] content, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (IOException e) {
            throw new InvalidPlanException(source, List.of(new InputError("(file)", "not valid YAML/JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()))));
        }
        List<InputError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidPlanException(source, List.of(new InputError("(root)", "expected a mapping with format: " + DistrictPlan.FORMAT)));
        }
        unknown(root, TOP, "", errors);
        String format = text(root, "format", "", true, errors);
        if (format != null && !format.equals(DistrictPlan.FORMAT)) {
            errors.add(new InputError("format", "expected '" + DistrictPlan.FORMAT + "', got '" + format + "'"));
        }
        String district = text(root, "district", "", true, errors);
        String province = text(root, "province", "", false, errors);
        String src = text(root, "source", "", true, errors);

        Map<AppraisalGroup, LocalDate> deadlines = new EnumMap<>(AppraisalGroup.class);
        JsonNode d = root.get("deadlines");
        if (d == null || !d.isObject()) {
            errors.add(new InputError("deadlines", "is required: a mapping with " + DEADLINE_KEYS.keySet().stream().sorted().toList()));
        } else {
            unknown(d, DEADLINE_KEYS.keySet(), "deadlines.", errors);
            for (var e : DEADLINE_KEYS.entrySet()) {
                LocalDate due = date(d, e.getKey(), "deadlines.", true, errors);
                if (due != null) deadlines.put(e.getValue(), due);
            }
        }

        DistrictPlan.WeeklyReport weekly = null;
        JsonNode w = root.get("weeklyReport");
        if (w != null && !w.isNull()) {
            if (!w.isObject()) {
                errors.add(new InputError("weeklyReport", "expected a mapping with day, time, from"));
            } else {
                unknown(w, WEEKLY, "weeklyReport.", errors);
                DayOfWeek day = null;
                String dayText = text(w, "day", "weeklyReport.", true, errors);
                if (dayText != null) {
                    try {
                        day = DayOfWeek.valueOf(dayText.trim().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        errors.add(new InputError("weeklyReport.day", "'" + dayText + "' is not a day of the week (MONDAY … SUNDAY)"));
                    }
                }
                LocalTime time = null;
                String timeText = text(w, "time", "weeklyReport.", true, errors);
                if (timeText != null) {
                    try {
                        time = LocalTime.parse(timeText.trim());
                    } catch (DateTimeParseException ex) {
                        errors.add(new InputError("weeklyReport.time", "'" + timeText + "' is not a time (HH:MM, e.g. \"10:00\")"));
                    }
                }
                LocalDate from = date(w, "from", "weeklyReport.", true, errors);
                LocalDate to = date(w, "to", "weeklyReport.", false, errors);
                if (from != null && to != null && to.isBefore(from)) errors.add(new InputError("weeklyReport.to", "is before weeklyReport.from"));
                String recipient = text(w, "recipient", "weeklyReport.", false, errors);
                weekly = new DistrictPlan.WeeklyReport(day, time, from, to, recipient);
            }
        }

        List<String> communes = new ArrayList<>();
        JsonNode c = root.get("communes");
        if (c != null && !c.isNull()) {
            if (!c.isArray()) {
                errors.add(new InputError("communes", "expected a list of commune codes"));
            } else {
                for (int i = 0; i < c.size(); i++) {
                    if (!c.get(i).isTextual() || c.get(i).asText().isBlank()) errors.add(new InputError("communes[" + i + "]", "expected a commune code"));
                    else communes.add(c.get(i).asText());
                }
            }
        }
        Map<String, String> responsible = new java.util.LinkedHashMap<>();
        JsonNode resp = root.get("responsible");
        if (resp != null && !resp.isNull()) {
            if (!resp.isObject()) {
                errors.add(new InputError("responsible", "expected a mapping of criterion or indicator code to the responsible body"));
            } else {
                for (Iterator<String> it = resp.fieldNames(); it.hasNext(); ) {
                    String code = it.next();
                    if (!code.matches("[0-9]+(\\.[0-9]+)?")) {
                        errors.add(new InputError("responsible." + code, "expected a criterion or indicator code (e.g. 17 or 17.1)"));
                        continue;
                    }
                    String body = text(resp, code, "responsible.", true, errors);
                    if (body != null) responsible.put(code, body);
                }
            }
        }
        if (!errors.isEmpty()) throw new InvalidPlanException(source, errors);
        return new DistrictPlan(format, district, province, src, deadlines, weekly, List.copyOf(communes), responsible);
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix, List<InputError> errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) errors.add(new InputError(prefix + f, "unknown field: expected one of " + known.stream().sorted().toList()));
        }
    }

    private static String text(JsonNode n, String field, String prefix, boolean required, List<InputError> errors) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) errors.add(new InputError(prefix + field, "is required"));
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            errors.add(new InputError(prefix + field, "expected a non-empty text"));
            return null;
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode n, String field, String prefix, boolean required, List<InputError> errors) {
        String s = text(n, field, prefix, required, errors);
        if (s == null) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            errors.add(new InputError(prefix + field, "'" + s + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
