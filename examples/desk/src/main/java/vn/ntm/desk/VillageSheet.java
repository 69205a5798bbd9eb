package vn.ntm.desk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Worksheet;
import vn.ntm.core.catalog.VillageRule;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Village;

/**
 * The villages (thôn) sheet of the workbook: per commune, its villages' figures for the indicators the catalog lets be
 * computed from villages, one row per commune × village × indicator field, so that a commune's villages survive the
 * round trip JSON → workbook → assessments. Which indicators and fields are allowed comes from the definitions.
 */
final class VillageSheet {
    private final Definitions defs;

    VillageSheet(Definitions defs) { this.defs = defs; }

    /** "17.1: households, served, …" for every indicator of these sets that villages may report, for the instructions. */
    static String allowed(Definitions defs, List<String> ids) {
        Map<String, Set<String>> fields = fields(defs, ids);
        if (fields.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        fields.forEach((code, keys) -> parts.add(code + ": " + String.join(", ", keys)));
        return "Chỉ tiêu và trường (indicators and fields): " + String.join("; ", parts) + ".";
    }

    private static Map<String, Set<String>> fields(Definitions defs, List<String> ids) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String id : ids) {
            for (Map.Entry<String, VillageRule> e : defs.villageRules(id).entrySet()) {
                out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(e.getValue().keys());
            }
        }
        return out;
    }

    void write(Worksheet ws, List<String> ids, List<Assessment> assessments) {
        TemplateWriter.tableHeader(ws, "SỐ LIỆU THEO THÔN (village figures for indicators computed from villages)",
                Layout.VILLAGE_COLUMNS, new double[] {22, 14, 16, 24, 12, 20, 14});
        int r = Layout.TABLE_HEADER_ROW + 1;
        for (Assessment a : assessments) {
            for (Village v : a.villages()) {
                for (Map.Entry<String, Map<String, BigDecimal>> ind : v.indicators().entrySet()) {
                    // an indicator given without fields still gets its row, so that nothing given is lost
                    if (ind.getValue() == null || ind.getValue().isEmpty()) {
                        row(ws, r++, a, v, ind.getKey(), null, null);
                        continue;
                    }
                    for (Map.Entry<String, BigDecimal> f : ind.getValue().entrySet()) row(ws, r++, a, v, ind.getKey(), f.getKey(), f.getValue());
                }
            }
        }
        int first = Layout.TABLE_HEADER_ROW + 1;
        int last = Math.max(r + 200, Layout.TABLE_HEADER_ROW + 500);
        TemplateWriter.openTable(ws, last, Layout.VILLAGE_COLUMNS.size());
        ws.range(first, 0, last, 0).validateWithListByFormula("\"" + String.join(",", ids) + "\"").allowBlank(true);
        Map<String, Set<String>> fields = fields(defs, ids);
        if (!fields.isEmpty()) {
            ws.range(first, 4, last, 4).validateWithListByFormula("\"" + String.join(",", fields.keySet()) + "\"").allowBlank(true)
                    .showErrorMessage(true).error("Chỉ tiêu tính từ thôn (an indicator computed from villages)");
            Set<String> keys = new LinkedHashSet<>();
            fields.values().forEach(keys::addAll);
            ws.range(first, 5, last, 5).validateWithListByFormula("\"" + String.join(",", keys) + "\"").allowBlank(true)
                    .showErrorMessage(true).error("Chọn một trường (pick a field): " + String.join(", ", keys));
        }
        // codes stay text ("17.10" is not the number 17.1); counts of households are whole numbers
        ws.range(first, 1, last, 5).style().format("@").protectionOption(ProtectionOption.LOCKED, false).set();
        String cell = Cells.ref(first, 6);
        ws.range(first, 6, last, 6).validateWithFormula("AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "=INT(" + cell + "))")
                .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
                .errorTitle("Số hộ (households)").error("Nhập số nguyên ≥ 0 (a whole number)");
        ws.protect("ntm");
    }

    private static void row(Worksheet ws, int r, Assessment a, Village v, String indicator, String field, BigDecimal value) {
        ws.value(r, 0, a.criteriaSet());
        ws.value(r, 1, a.commune().code());
        if (v.code() != null) ws.value(r, 2, v.code());
        if (v.name() != null) ws.value(r, 3, v.name());
        ws.value(r, 4, indicator);
        if (field != null) ws.value(r, 5, field);
        if (value != null) ws.value(r, 6, value);
    }
}
