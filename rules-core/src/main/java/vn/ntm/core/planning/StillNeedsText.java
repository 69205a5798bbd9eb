package vn.ntm.core.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.report.Format;
import vn.ntm.core.result.StillNeed;
import vn.ntm.core.result.VillageGap;

/** What a commune still needs and its pace, in Vietnamese with English labels, for the commune and district reports. */
public final class StillNeedsText {
    private StillNeedsText() { }

    /** The numbered list; missing documents on one line per deadline (the report lists them in full elsewhere). */
    public static String render(List<StillNeed> needs, String indent) {
        if (needs.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        int n = 0;
        // missing documents grouped by deadline, earliest first
        Map<LocalDate, Map<String, List<String>>> docs = new java.util.TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (StillNeed s : needs) {
            if (s.kind() == StillNeed.Kind.EVIDENCE) {
                docs.computeIfAbsent(s.due(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(when(s.due(), s.responsible()), k -> new ArrayList<>()).add(s.document());
                continue;
            }
            sb.append(indent).append(++n).append(". Chỉ tiêu ").append(s.indicator()).append(" – ").append(s.name()).append(": ");
            if (s.kind() == StillNeed.Kind.NO_DATA) {
                sb.append("chưa có số liệu (no data)");
                if (s.reason() != null) sb.append(": ").append(s.reason().vi());
            } else if (s.gap() == null) {
                sb.append("chưa đạt (not met)");
            } else {
                if (s.part() != null) sb.append(s.part()).append(" ");
                String unit = s.unit() == null ? "" : s.unit();
                sb.append(Format.value(s.value(), unit).trim()).append(", mức ").append(Format.value(s.threshold(), unit).trim())
                        .append(", còn thiếu ").append((Format.number(s.gap()) + " " + unit).trim());
                if (s.relativeGap() != null) {
                    sb.append(" (").append(Format.number(s.relativeGap().multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP)))
                            .append(" % của mức / of the level)");
                }
            }
            sb.append(when(s.due(), s.responsible())).append("\n");
            if (!s.villages().isEmpty()) {
                sb.append(indent).append("   Lấy địa bàn thôn để chỉ đạo (direct village by village): ");
                List<String> vs = new ArrayList<>();
                for (VillageGap v : s.villages()) {
                    vs.add(v.name() + (v.part() == null ? "" : " [" + v.part() + "]") + " " + v.served() + "/" + v.households()
                            + " hộ (" + Format.number(v.share()) + " %), cần thêm " + v.householdsToAdd() + " hộ");
                }
                sb.append(String.join("; ", vs)).append("\n");
            }
        }
        for (Map.Entry<String, List<String>> e : docs.values().stream().flatMap(m -> m.entrySet().stream()).toList()) {
            sb.append(indent).append(++n).append(". Hoàn thiện ").append(e.getValue().size()).append(" hồ sơ minh chứng còn thiếu (missing documents): ")
                    .append(String.join(", ", e.getValue())).append(e.getKey()).append("\n");
        }
        return sb.toString();
    }

    private static String when(LocalDate due, String responsible) {
        StringBuilder sb = new StringBuilder();
        if (due != null) sb.append(" · hạn (due) ").append(due.getDayOfMonth()).append("/").append(due.getMonthValue()).append("/").append(due.getYear());
        if (responsible != null) sb.append(" · ").append(responsible);
        return sb.toString();
    }

    /** "0,64 tiêu chí/tuần; đạt đủ 19/19 dự kiến ngày 10/11/2024, hạn 15/10/2024: chậm tiến độ". */
    public static String forecast(Forecast f) {
        StringBuilder sb = new StringBuilder();
        sb.append(Format.number(f.criteriaPerWeek())).append(" tiêu chí/tuần (criteria per week) từ ngày ").append(date(f.from()))
                .append(" đến ngày ").append(date(f.to())).append(" (").append(f.achievedFrom()).append(" → ").append(f.achievedTo()).append(")");
        if (f.status() == Forecast.Status.COMPLETE) {
            sb.append("; ").append(f.statusText()).append(" (").append(f.statusTextEn()).append(")");
            return sb.toString();
        }
        if (f.expectedComplete() != null) {
            sb.append("; với tốc độ này đạt đủ ").append(f.criteriaCount()).append("/").append(f.criteriaCount()).append(" tiêu chí vào ngày ")
                    .append(date(f.expectedComplete())).append(" (at this pace all criteria by ").append(f.expectedComplete()).append(")");
        } else {
            sb.append("; với tốc độ này không đạt đủ tiêu chí (at this pace never complete)");
        }
        if (f.deadline() != null) sb.append(", hạn ").append(date(f.deadline()));
        if (f.status() != null) sb.append(": ").append(f.statusText().toUpperCase(java.util.Locale.forLanguageTag("vi"))).append(" (").append(f.statusTextEn()).append(")");
        return sb.toString();
    }

    private static String date(LocalDate d) { return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear(); }
}
