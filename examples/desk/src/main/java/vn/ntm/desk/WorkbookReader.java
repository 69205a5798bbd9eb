package vn.ntm.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;

/**
 * Reads a workbook written by {@link TemplateWriter} (and filled by an official) into the same {@link Assessment}s
 * as JSON files give. Each commune column becomes an ntm-assessment/1 tree that goes through the library's own JSON
 * reader and validator, so a workbook is checked exactly as a JSON file is; every problem is named by sheet and cell
 * as well as by contract path. Blank cells are no data; nothing is defaulted.
 */
public final class WorkbookReader {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** What a workbook gave: the valid assessments in sheet and column order, and every problem found. */
    public record Result(List<Assessment> assessments, List<CellError> errors) {
        public boolean ok() { return errors.isEmpty(); }
    }

    private WorkbookReader() { }

    public static Result read(Path file, Definitions defs) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), defs);
        }
    }

    public static Result read(InputStream in, String source, Definitions defs) throws IOException {
        List<Column> columns = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        Map<String, List<Row>> tables = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<Row> rows = sheet.read();
                // the evidence and appraisal tables are found by their header row, so a renamed sheet is still read
                if (isTable(rows, Layout.EVIDENCE_COLUMNS)) {
                    tables.put(Layout.EVIDENCE, rows);
                    names.put(Layout.EVIDENCE, sheet.getName());
                    continue;
                }
                if (isTable(rows, Layout.APPRAISAL_COLUMNS)) {
                    tables.put(Layout.APPRAISALS, rows);
                    names.put(Layout.APPRAISALS, sheet.getName());
                    continue;
                }
                if (isTable(rows, Layout.VILLAGE_COLUMNS)) {
                    tables.put(Layout.VILLAGES, rows);
                    names.put(Layout.VILLAGES, sheet.getName());
                    continue;
                }
                readSetSheet(sheet.getName(), rows, defs, columns, errors);
            }
        }
        Map<String, Column> byKey = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.code == null) continue;
            Column first = byKey.putIfAbsent(c.set + "|" + c.code, c);
            if (first != null) {
                // evidence and appraisal rows name communes by code: two columns with one code cannot both be read
                c.error(c.cellFor("commune.code"), "commune.code", "mã xã '" + c.code + "' trùng với cột " + first.label()
                        + " (duplicate commune code in this criteria set)");
            }
        }
        readEvidence(names.getOrDefault(Layout.EVIDENCE, Layout.EVIDENCE), tables.getOrDefault(Layout.EVIDENCE, List.of()), byKey, errors);
        readAppraisals(names.getOrDefault(Layout.APPRAISALS, Layout.APPRAISALS), tables.getOrDefault(Layout.APPRAISALS, List.of()), byKey, errors);
        readVillages(names.getOrDefault(Layout.VILLAGES, Layout.VILLAGES), tables.getOrDefault(Layout.VILLAGES, List.of()), byKey, errors);

        List<Assessment> out = new ArrayList<>();
        for (Column c : columns) {
            // cells that could not be read are left out of the tree, so the contract's checks still see the rest
            errors.addAll(c.errors);
            java.util.Set<String> reported = new java.util.HashSet<>();
            c.errors.forEach(e -> reported.add(e.path()));
            try {
                Assessment a = NtmJson.readAssessment(NtmJson.mapper().writeValueAsBytes(c.doc), source + "#" + c.label(), defs);
                if (c.errors.isEmpty()) out.add(a);
            } catch (InvalidAssessmentException e) {
                for (InputError ie : e.errors()) {
                    if (!reported.contains(ie.path())) errors.add(new CellError(c.cellFor(ie.path()), ie.path(), Messages.vi(ie.message())));
                }
            }
        }
        if (columns.isEmpty() && errors.isEmpty()) {
            errors.add(new CellError(source, null, "không có trang bộ tiêu chí nào có số liệu xã (no criteria-set sheet with commune data)"));
        }
        return new Result(out, errors);
    }

    /** One commune column of a set sheet, becoming one assessment document. */
    private static final class Column {
        final String sheet;
        final int col;
        final String set;
        final ObjectNode doc = JSON.objectNode();
        final Map<String, String> cells = new HashMap<>();
        final List<CellError> errors = new ArrayList<>();
        /** village code → its index in the document's villages, in the order the rows first name them */
        final Map<String, Integer> villages = new HashMap<>();
        String code;

        Column(String sheet, int col, String set) {
            this.sheet = sheet;
            this.col = col;
            this.set = set;
            doc.put("format", Assessment.FORMAT);
            doc.putObject("commune");
            doc.put("criteriaSet", set);
        }

        String label() { return sheet + "!" + Cells.column(col); }

        /** The cell behind a contract path, or the nearest enclosing one, or the column's code cell. */
        String cellFor(String path) {
            for (String p = path; p != null; p = parent(p)) {
                String c = cells.get(p);
                if (c != null) return c;
            }
            String c = cells.get("commune.code");
            return c != null ? c : label();
        }

        private static String parent(String p) {
            int i = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            return i <= 0 ? null : p.substring(0, i);
        }

        void error(String cell, String path, String message) { errors.add(new CellError(cell, path, message)); }
    }

    private static void readSetSheet(String sheet, List<Row> rows, Definitions defs, List<Column> columns, List<CellError> errors) {
        String setId = null;
        int width = 0;
        for (Row row : rows) {
            if (Layout.SET_KEY.equals(text(row, Layout.COL_KEY))) {
                setId = text(row, Layout.COL_PART);
                if (setId == null || defs.set(setId) == null) {
                    errors.add(new CellError(Cells.ref(sheet, row.getRowNum() - 1, Layout.COL_PART), "criteriaSet",
                            "không rõ bộ tiêu chí '" + setId + "' (unknown criteria set): một trong " + defs.sets().keySet()));
                    return;
                }
            }
            width = Math.max(width, row.getCellCount());
        }
        if (setId == null) return;   // not a criteria-set sheet (instructions, dossier catalogue)
        CriteriaSet set = defs.set(setId);
        Map<String, Layout.Field> fields = new HashMap<>();
        for (Layout.Field f : Layout.COMMUNE_FIELDS) fields.put(f.path(), f);
        if (set.prerequisiteSet() != null) for (Layout.Field f : Layout.PREREQUISITE_FIELDS) fields.put(f.path(), f);
        for (Layout.Field f : Layout.RECOGNITION_FIELDS) fields.put(f.path(), f);

        for (int col = Layout.FIRST_COMMUNE; col < width; col++) {
            Column c = null;
            for (Row row : rows) {
                String key = text(row, Layout.COL_KEY);
                if (key == null) continue;
                Layout.Field f = fields.get(key);
                Indicator ind = f == null ? set.indicator(key) : null;
                if (f == null && ind == null) continue;
                if (ind != null && ind.isComposite() && text(row, Layout.COL_PART) == null) continue;   // the heading of its parts
                Cell cell = cell(row, col);
                if (isBlank(cell)) continue;
                if (c == null) {
                    c = new Column(sheet, col, setId);
                    columns.add(c);
                }
                String ref = Cells.ref(sheet, row.getRowNum() - 1, col);
                if (f != null) field(c, f, cell, ref, set);
                else indicator(c, ind, text(row, Layout.COL_PART), cell, ref);
            }
            if (c != null) c.code = c.doc.path("commune").path("code").isTextual() ? c.doc.get("commune").get("code").asText() : null;
        }
    }

    private static void field(Column c, Layout.Field f, Cell cell, String ref, CriteriaSet set) {
        c.cells.put(f.path(), ref);
        String[] p = f.path().split("\\.");
        ObjectNode parent = c.doc;
        for (int i = 0; i < p.length - 1; i++) {
            c.cells.putIfAbsent(String.join(".", java.util.Arrays.copyOf(p, i + 1)), ref);
            parent = parent.has(p[i]) ? (ObjectNode) parent.get(p[i]) : parent.putObject(p[i]);
        }
        if (f.path().startsWith("prerequisite.")) c.doc.with("prerequisite").put("criteriaSet", set.prerequisiteSet());
        String name = p[p.length - 1];
        switch (f.kind()) {
            case TEXT, REGION -> parent.put(name, asText(cell));
            case CATEGORIES -> {
                ArrayNode a = parent.putArray(name);
                for (String s : asText(cell).split("[;,]")) if (!s.isBlank()) a.add(s.trim());
            }
            case DATE -> {
                String d = asDate(cell);
                if (d == null) c.error(ref, f.path(), "'" + asText(cell) + "' không phải là ngày (not a date): nhập dd/mm/yyyy");
                else parent.put(name, d);
            }
            case YES_NO -> {
                String t = asText(cell);
                if (t.equals(Layout.TRUE)) parent.put(name, true);
                else if (t.equals(Layout.FALSE)) parent.put(name, false);
                else c.error(ref, f.path(), "'" + t + "' không hợp lệ: chọn Có hoặc Không (expected Có or Không)");
            }
            case WHOLE -> {
                if (cell.getType() == CellType.NUMBER && isWhole(cell.asNumber())) parent.put(name, cell.asNumber().intValueExact());
                else c.error(ref, f.path(), "'" + asText(cell) + "' không phải là số nguyên (expected a whole number)");
            }
        }
    }

    private static void indicator(Column c, Indicator ind, String part, Cell cell, String ref) {
        String path = "indicators." + ind.code() + (part == null ? "" : "." + part);
        c.cells.put(path, ref);
        c.cells.putIfAbsent("indicators." + ind.code(), ref);
        ObjectNode values = c.doc.with("indicators");
        if (cell.getType() == CellType.STRING && asText(cell).equals(Layout.NOT_APPLICABLE)) {
            ArrayNode na = c.doc.withArray("notApplicable");
            for (JsonNode n : na) if (n.asText().equals(ind.code())) return;   // parts of one composite
            c.cells.put("notApplicable[" + na.size() + "]", ref);
            na.add(ind.code());
            return;
        }
        if (ind.isBoolean()) {
            Boolean b = cell.getType() == CellType.BOOLEAN ? cell.asBoolean()
                    : asText(cell).equals(Layout.YES) ? Boolean.TRUE : asText(cell).equals(Layout.NO) ? Boolean.FALSE : null;
            if (b == null) c.error(ref, path, "'" + asText(cell) + "' không hợp lệ: chọn " + Layout.YES + " hoặc " + Layout.NO
                    + (ind.conditional() ? " hoặc " + Layout.NOT_APPLICABLE : "") + " (expected Đạt or Không đạt)");
            else values.put(ind.code(), b);
            return;
        }
        BigDecimal n = number(cell);
        if (n == null) {
            c.error(ref, path, "'" + asText(cell) + "' không phải là số (not a number" + (ind.unit() == null ? "" : ", " + ind.unit()) + ")");
            return;
        }
        if (part == null) values.put(ind.code(), n);
        else values.with(ind.code()).put(part, n);
    }

    private static void readEvidence(String sheet, List<Row> rows, Map<String, Column> byKey, List<CellError> errors) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 <= Layout.TABLE_HEADER_ROW || emptyRow(row, 7)) continue;
            Column c = owner(sheet, row, byKey, errors);
            if (c == null) continue;
            ArrayNode list = c.doc.withArray("evidence");
            String base = "evidence[" + list.size() + "]";
            ObjectNode e = list.addObject();
            String[] names = {null, null, "indicator", "document", "title", "reference", "date"};
            c.cells.put(base, ref(sheet, row, 2));
            for (int i = 2; i < names.length; i++) {
                Cell cell = cell(row, i);
                c.cells.put(base + "." + names[i], ref(sheet, row, i));
                if (isBlank(cell)) continue;
                if (i == 6) dateInto(c, e, "date", cell, ref(sheet, row, i), base + ".date");
                else e.put(names[i], asText(cell));
            }
        }
    }

    private static void readAppraisals(String sheet, List<Row> rows, Map<String, Column> byKey, List<CellError> errors) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 <= Layout.TABLE_HEADER_ROW || emptyRow(row, 6)) continue;
            Column c = owner(sheet, row, byKey, errors);
            if (c == null) continue;
            ArrayNode list = c.doc.withArray("appraisals");
            String base = "appraisals[" + list.size() + "]";
            ObjectNode a = list.addObject();
            c.cells.put(base, ref(sheet, row, 2));
            String[] names = {null, null, "target", "level", "date", "outcome"};
            for (int i = 2; i < names.length; i++) c.cells.put(base + "." + names[i], ref(sheet, row, i));
            if (!isBlank(cell(row, 2))) a.put("target", asText(cell(row, 2)));
            if (!isBlank(cell(row, 3))) {
                String t = asText(cell(row, 3));
                int i = Layout.LEVELS_VI.indexOf(t);
                a.put("level", i >= 0 ? Layout.LEVELS.get(i) : t);
            }
            if (!isBlank(cell(row, 4))) dateInto(c, a, "date", cell(row, 4), ref(sheet, row, 4), base + ".date");
            if (!isBlank(cell(row, 5))) {
                String t = asText(cell(row, 5));
                a.put("outcome", t.equals(Layout.YES) ? "ACHIEVED" : t.equals(Layout.NO) ? "NOT_ACHIEVED" : t);
            }
        }
    }

    /**
     * The villages sheet: rows of one village (by code) gather into one village of the commune's document, in the
     * order the rows first name them; a blank value is left out (no data), for the library's checks to name.
     */
    private static void readVillages(String sheet, List<Row> rows, Map<String, Column> byKey, List<CellError> errors) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 <= Layout.TABLE_HEADER_ROW || emptyRow(row, 7)) continue;
            Column c = owner(sheet, row, byKey, errors);
            if (c == null) continue;
            String code = text(row, 2);
            if (code == null) {
                c.error(ref(sheet, row, 2), "villages", "thiếu mã thôn (village code missing)");
                continue;
            }
            ArrayNode list = c.doc.withArray("villages");
            Integer index = c.villages.get(code);
            ObjectNode v;
            if (index == null) {
                index = list.size();
                c.villages.put(code, index);
                v = list.addObject();
                v.put("code", code);
                c.cells.put("villages[" + index + "]", ref(sheet, row, 2));
                c.cells.put("villages[" + index + "].code", ref(sheet, row, 2));
            } else {
                v = (ObjectNode) list.get(index);
            }
            String base = "villages[" + index + "]";
            String name = text(row, 3);
            if (name != null) {
                if (!v.has("name")) {
                    v.put("name", name);
                    c.cells.put(base + ".name", ref(sheet, row, 3));
                } else if (!v.get("name").asText().equals(name)) {
                    c.error(ref(sheet, row, 3), base + ".name", "tên thôn '" + name + "' khác với '" + v.get("name").asText()
                            + "' ở dòng trước của thôn " + code + " (the village is named differently on an earlier row)");
                }
            }
            String indicator = text(row, 4);
            if (indicator == null) {
                c.error(ref(sheet, row, 4), base + ".indicators", "thiếu mã chỉ tiêu (indicator code missing)");
                continue;
            }
            String ip = base + ".indicators." + indicator;
            c.cells.putIfAbsent(base + ".indicators", ref(sheet, row, 4));
            c.cells.putIfAbsent(ip, ref(sheet, row, 4));
            ObjectNode figures = v.with("indicators").with(indicator);
            String field = text(row, 5);
            Cell value = cell(row, 6);
            if (field == null) {
                if (!isBlank(value)) c.error(ref(sheet, row, 5), ip, "thiếu tên trường cho số '" + asText(value) + "' (field name missing)");
                continue;
            }
            c.cells.put(ip + "." + field, ref(sheet, row, isBlank(value) ? 5 : 6));
            if (figures.has(field)) {
                c.error(ref(sheet, row, 5), ip + "." + field, "trường '" + field + "' của chỉ tiêu " + indicator + " thôn " + code
                        + " đã có ở dòng trước (the field is given twice)");
            } else if (isBlank(value)) {
                continue;
            } else if (value.getType() == CellType.NUMBER && isWhole(value.asNumber())) {
                figures.put(field, value.asNumber().toBigIntegerExact());
            } else {
                c.error(ref(sheet, row, 6), ip + "." + field, "'" + asText(value) + "' không phải là số nguyên (expected a whole number)");
            }
        }
    }

    /** The commune column a row of the evidence or appraisal sheet belongs to (by criteria set and commune code). */
    private static Column owner(String sheet, Row row, Map<String, Column> byKey, List<CellError> errors) {
        String set = text(row, 0);
        String code = text(row, 1);
        Column c = byKey.get(set + "|" + code);
        if (c == null) {
            errors.add(new CellError(ref(sheet, row, 1), null, "không có xã mã '" + code + "' trong trang của bộ tiêu chí '" + set
                    + "' (no such commune column for this criteria set)"));
        }
        return c;
    }

    private static boolean isTable(List<Row> rows, List<String> columns) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 != Layout.TABLE_HEADER_ROW) continue;
            for (int i = 0; i < columns.size(); i++) if (!columns.get(i).equals(text(row, i))) return false;
            return true;
        }
        return false;
    }

    private static void dateInto(Column c, ObjectNode into, String name, Cell cell, String ref, String path) {
        String d = asDate(cell);
        if (d == null) c.error(ref, path, "'" + asText(cell) + "' không phải là ngày (not a date): nhập dd/mm/yyyy");
        else into.put(name, d);
    }

    private static String ref(String sheet, Row row, int col) { return Cells.ref(sheet, row.getRowNum() - 1, col); }

    private static Cell cell(Row row, int col) { return row.getOptionalCell(col).orElse(null); }

    private static boolean isBlank(Cell c) {
        return c == null || c.getType() == CellType.EMPTY || (c.getType() == CellType.STRING && c.asString().isBlank());
    }

    private static boolean emptyRow(Row row, int columns) {
        for (int i = 0; i < columns; i++) if (!isBlank(cell(row, i))) return false;
        return true;
    }

    private static String text(Row row, int col) {
        Cell c = cell(row, col);
        return isBlank(c) ? null : asText(c);
    }

    /** The cell as text: numbers in plain notation (a code typed as 7 reads "7"). */
    static String asText(Cell c) {
        if (c == null) return "";
        return switch (c.getType()) {
            case NUMBER -> plain(c.asNumber());
            case BOOLEAN -> c.asBoolean() ? "TRUE" : "FALSE";
            default -> c.getRawValue() == null ? "" : (c.getType() == CellType.STRING ? c.asString() : c.getText()).trim();
        };
    }

    private static BigDecimal number(Cell c) {
        if (c.getType() == CellType.NUMBER) return c.asNumber();
        if (c.getType() == CellType.FORMULA) {
            try {
                return new BigDecimal(c.getRawValue());
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String asDate(Cell c) {
        if (c.getType() == CellType.NUMBER) return c.asDate().toLocalDate().toString();
        String t = asText(c);
        try {
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t, VN_DATE).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static boolean isWhole(BigDecimal n) { return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0; }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
