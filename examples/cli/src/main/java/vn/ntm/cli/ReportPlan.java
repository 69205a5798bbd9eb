package vn.ntm.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.engine.AssessmentSource;

/**
 * What a district report needs, worked out from the files' keys alone before anything is evaluated: per commune (and
 * criteria set, in order of first appearance) which file is its latest and which the one to compare it with, and the
 * report's date.
 */
record ReportPlan(LocalDate asOf, List<Section> sections, boolean[] needed) {

    /**
     * One commune's section: its latest file, the earlier one (or -1) its progress is measured from, and its earliest
     * file (or -1), where the forecast's pace starts.
     */
    record Section(String commune, int latest, int before, int first) {
        int last() { return Math.max(latest, Math.max(before, first)); }
    }

    /**
     * @param firstCurrent files before this index are the earlier assessments given with --previous
     * @param asOf         the report's date, or null for the latest assessment date of the current files
     */
    static ReportPlan of(AssessmentSource files, int firstCurrent, LocalDate asOf) {
        Map<String, List<Integer>> current = new LinkedHashMap<>();
        Map<String, List<Integer>> previous = new LinkedHashMap<>();
        LocalDate latestDay = null;
        for (int i = 0; i < files.size(); i++) {
            AssessmentSource.Key k = files.key(i);
            if (k == null) continue;
            String key = k.commune() + "|" + k.criteriaSet();
            (i < firstCurrent ? previous : current).computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            if (i >= firstCurrent && (latestDay == null || k.assessedOn().isAfter(latestDay))) latestDay = k.assessedOn();
        }
        List<Section> sections = new ArrayList<>();
        boolean[] needed = new boolean[files.size()];
        for (Map.Entry<String, List<Integer>> e : current.entrySet()) {
            int latest = latest(files, e.getValue(), null);
            List<Integer> earlier = previous.getOrDefault(e.getKey(), e.getValue());
            int before = latest(files, earlier, files.key(latest).assessedOn());
            int first = earliest(files, earlier, files.key(latest).assessedOn());
            sections.add(new Section(files.key(latest).commune(), latest, before, first));
            needed[latest] = true;
            if (before >= 0) needed[before] = true;
            if (first >= 0) needed[first] = true;
        }
        return new ReportPlan(asOf != null ? asOf : latestDay != null ? latestDay : LocalDate.now(), sections, needed);
    }

    /** The index with the latest date (strictly before {@code before} when given); of equal dates, the later file. */
    private static int latest(AssessmentSource files, List<Integer> indices, LocalDate before) {
        int best = -1;
        for (int i : indices) {
            LocalDate d = files.key(i).assessedOn();
            if (before != null && !d.isBefore(before)) continue;
            if (best < 0 || !d.isBefore(files.key(best).assessedOn())) best = i;
        }
        return best;
    }

    /** The index with the earliest date strictly before {@code before}; of equal dates, the earlier file. */
    private static int earliest(AssessmentSource files, List<Integer> indices, LocalDate before) {
        int best = -1;
        for (int i : indices) {
            LocalDate d = files.key(i).assessedOn();
            if (!d.isBefore(before)) continue;
            if (best < 0 || d.isBefore(files.key(best).assessedOn())) best = i;
        }
        return best;
    }
}
