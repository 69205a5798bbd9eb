package vn.ntm.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Appraisal;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.input.AppraisalOutcome;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.AssessmentValidator;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.CommuneCategory;
import vn.ntm.core.input.EvidenceItem;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.input.JsonPointers;
import vn.ntm.core.input.Prerequisite;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.input.SatisfactionPoll;
import vn.ntm.core.result.AssessmentResult;

/**
 * The JSON contract, version 1: reads ntm-assessment/1 (reporting every problem with its path), writes
 * ntm-result/1 and ntm-error/1 deterministically (same input, same bytes).
 */
public final class NtmJson {
    public static final String ASSESSMENT_SCHEMA = "vn/ntm/core/schema/ntm-assessment-1.schema.json";
    public static final String RESULT_SCHEMA = "vn/ntm/core/schema/ntm-result-1.schema.json";
    public static final String ERROR_SCHEMA = "vn/ntm/core/schema/ntm-error-1.schema.json";
    public static final String WHAT_IF_SCHEMA = "vn/ntm/core/schema/ntm-what-if-1.schema.json";
    public static final String PLAN_SCHEMA = "vn/ntm/core/schema/ntm-plan-1.schema.json";
    public static final String OVERLAY_SCHEMA = "vn/ntm/core/schema/ntm-overlay-1.schema.json";
    public static final String DISTRICT_REPORT_SCHEMA = "vn/ntm/core/schema/ntm-district-report-1.schema.json";
    /** The schemas' own $id prefix: their references to one another resolve to the copies shipped here. */
    private static final String SCHEMA_ID_PREFIX = "https://ntm-rules.example/schema/";
    public static final String ERROR_FORMAT = "ntm-error/1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final Map<String, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private NtmJson() { }

    public static ObjectMapper mapper() { return MAPPER; }

    /** The schema shipped for one of the documents. */
    public static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = NtmJson.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("missing schema " + r);
                SchemaValidatorsConfig cfg = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                        .pathType(com.networknt.schema.PathType.JSON_PATH).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                                b -> b.schemaMappers(m -> m.mapPrefix(SCHEMA_ID_PREFIX, "classpath:vn/ntm/core/schema/")))
                        .getSchema(in, cfg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Validates a document against a shipped schema; every problem, sorted by path. */
    public static List<InputError> validate(String schemaResource, JsonNode doc) {
        List<InputError> out = new ArrayList<>();
        for (ValidationMessage m : schema(schemaResource).validate(doc)) {
            String path = path(m.getInstanceLocation().toString());
            // an unknown key is named in the path itself, as every other error is
            if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
                path = (path.equals("(document)") ? "" : path) + JsonGate.segment(m.getProperty());
                if (path.startsWith(".")) path = path.substring(1);
            }
            String msg = m.getMessage();
            String prefix = m.getInstanceLocation().toString() + ": ";
            if (msg.startsWith(prefix)) msg = msg.substring(prefix.length());
            msg = Quote.shorten(msg, 200);
            // type mismatches are merged below, and worded there
            if (!TYPE_MISMATCH.matcher(msg).matches()) msg = SchemaWords.vi(m.getType()) + " (" + msg + ")";
            out.add(new InputError(path, msg, pointer(m.getInstanceLocation())));
        }
        out.sort(java.util.Comparator.comparing(InputError::path).thenComparing(InputError::message));
        return mergeTypeAlternatives(out);
    }

    private static final java.util.regex.Pattern TYPE_MISMATCH = java.util.regex.Pattern.compile("(\\w+) found, (\\w+) expected");

    /** anyOf reports one "X found, Y expected" per alternative: one message per path reads better. */
    private static List<InputError> mergeTypeAlternatives(List<InputError> in) {
        List<InputError> out = new ArrayList<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        for (InputError e : in) {
            java.util.regex.Matcher m = TYPE_MISMATCH.matcher(e.message());
            if (m.matches()) {
                found.put(e.path(), m.group(1));
                expected.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(m.group(2));
            } else {
                out.add(e);
            }
        }
        Map<String, String> pointers = new LinkedHashMap<>();
        in.forEach(e -> pointers.putIfAbsent(e.path(), e.pointer()));
        expected.forEach((path, types) -> out.add(new InputError(path, SchemaWords.vi("type") + " ("
                + found.get(path) + " found, expected " + (types.size() == 1 ? types.get(0) : "one of " + String.join(", ", types)) + ")",
                pointers.get(path))));
        out.sort(java.util.Comparator.comparing(InputError::path).thenComparing(InputError::message));
        return out;
    }

    /** The validator's own location, element by element: exact even for keys that contain dots. */
    private static String pointer(com.networknt.schema.JsonNodePath location) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object e = location.getElement(i);
            sb.append('/').append(e instanceof Integer ? e.toString() : JsonPointers.escape(String.valueOf(e)));
        }
        return sb.toString();
    }

    /** Errors found on the parsed document get pointers resolved against it (exact for any key). */
    private static List<InputError> withPointers(List<InputError> errors, JsonNode doc) {
        List<InputError> out = new ArrayList<>(errors.size());
        for (InputError e : errors) out.add(new InputError(e.path(), e.message(), JsonPointers.resolve(e.path(), doc)));
        return out;
    }

    /** "$.indicators['3.1']" → "indicators.3.1"; "$.evidence[0].document" → "evidence[0].document". */
    static String path(String jsonPath) {
        String p = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
        p = p.replaceAll("\\['([^']*)'\\]", ".$1");
        if (p.startsWith(".")) p = p.substring(1);
        return p.isEmpty() ? "(document)" : p;
    }

    /**
     * Reads and fully checks an assessment document.
     *
     * @throws InvalidAssessmentException listing every problem (syntax, duplicate keys, schema, catalog)
     */
    public static Assessment readAssessment(byte[] json, String source, Definitions defs) {
        List<InputError> errors = new ArrayList<>(JsonGate.check(json));
        // anything but a duplicate key would be collapsed, or cost unbounded work, in the tree: stop here
        if (errors.stream().anyMatch(e -> !e.message().startsWith(JsonGate.DUPLICATE))) {
            throw new InvalidAssessmentException(source, errors);
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidAssessmentException(source, List.of(new InputError("(syntax)", "không đọc được tài liệu (cannot read the document)")));
        }
        if (doc == null || !doc.isObject()) {
            throw new InvalidAssessmentException(source, List.of(new InputError("(document)", "tài liệu phải là một đối tượng JSON (expected a JSON object)")));
        }
        errors.addAll(validate(ASSESSMENT_SCHEMA, doc));
        // read what can be read, so that catalog problems are listed alongside structural ones
        Assessment a = toAssessment(doc, errors);
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.path()));
        for (InputError e : AssessmentValidator.validate(a, defs)) {
            if (!reported.contains(e.path())) errors.add(e);
        }
        unknownNullKeys(doc, a, defs, errors);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(source, withPointers(errors, doc));
        return a;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n) {
        if (n == null || !n.isTextual()) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(n.asText())) return e;
        return null;
    }

    /** Lenient: pieces that the schema already rejected are left out (their errors are listed already). */
    private static Assessment toAssessment(JsonNode d, List<InputError> errors) {
        JsonNode c = d.path("commune");
        List<CommuneCategory> cats = new ArrayList<>();
        c.path("categories").forEach(n -> { CommuneCategory k = enumValue(CommuneCategory.class, n); if (k != null) cats.add(k); });
        Commune commune = c.isObject() ? new Commune(text(c, "code"), text(c, "name"), text(c, "district"),
                text(c, "province"), enumValue(Region.class, c.get("region")), cats) : null;
        Map<String, Object> values = new LinkedHashMap<>();
        if (d.has("indicators")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = d.get("indicators").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isNull()) continue;
                if (v.isBoolean()) {
                    values.put(e.getKey(), v.booleanValue());
                } else if (v.isNumber()) {
                    values.put(e.getKey(), number(v));
                } else if (v.isObject()) {
                    Map<String, BigDecimal> parts = new LinkedHashMap<>();
                    v.fields().forEachRemaining(p -> { if (p.getValue().isNumber()) parts.put(p.getKey(), number(p.getValue())); });
                    values.put(e.getKey(), parts);
                }
            }
        }
        List<String> na = new ArrayList<>();
        d.path("notApplicable").forEach(n -> na.add(n.asText()));
        List<EvidenceItem> evidence = new ArrayList<>();
        if (d.has("evidence")) {
            int i = 0;
            for (JsonNode e : d.get("evidence")) {
                evidence.add(new EvidenceItem(text(e, "indicator"), text(e, "document"), text(e, "title"),
                        text(e, "reference"), date(e, "date", "evidence[" + i + "].date", errors)));
                i++;
            }
        }
        List<Appraisal> appraisals = new ArrayList<>();
        if (d.has("appraisals")) {
            int i = 0;
            for (JsonNode e : d.get("appraisals")) {
                appraisals.add(new Appraisal(text(e, "target"), enumValue(AppraisalLevel.class, e.get("level")),
                        date(e, "date", "appraisals[" + i + "].date", errors), enumValue(AppraisalOutcome.class, e.get("outcome"))));
                i++;
            }
        }
        RecognitionInput rec = null;
        if (d.has("recognition") && !d.get("recognition").isNull()) {
            JsonNode r = d.get("recognition");
            SatisfactionPoll poll = null;
            JsonNode p = r.get("satisfactionPoll");
            if (p != null && p.isObject()) {
                String at = "recognition.satisfactionPoll.";
                Integer h = count(p, "households", at, errors);
                Integer n = count(p, "respondents", at, errors);
                Integer s = count(p, "satisfied", at, errors);
                if (h != null && n != null && s != null) poll = new SatisfactionPoll(h, n, s);
            }
            rec = new RecognitionInput(bool(r, "outstandingConstructionDebt"), bool(r, "securityOrderComplicated"), poll,
                    bool(r, "securityOrderSafe"));
        }
        Prerequisite pre = null;
        if (d.path("prerequisite").isObject()) {
            JsonNode p = d.get("prerequisite");
            pre = new Prerequisite(text(p, "criteriaSet"), text(p, "recognisedBy"), date(p, "date", "prerequisite.date", errors));
        }
        return new Assessment(commune, text(d, "criteriaSet"), date(d, "assessedOn", "assessedOn", errors),
                values, na, evidence, appraisals, rec, pre, villages(d.get("villages")));
    }

    private static BigDecimal number(JsonNode n) { return n.decimalValue(); }

    /** Villages as given; numbers that are not numbers are left out (the schema has listed them already). */
    private static List<vn.ntm.core.input.Village> villages(JsonNode vs) {
        List<vn.ntm.core.input.Village> out = new ArrayList<>();
        if (vs == null || !vs.isArray()) return out;
        for (JsonNode v : vs) {
            Map<String, Map<String, BigDecimal>> inds = new LinkedHashMap<>();
            v.path("indicators").fields().forEachRemaining(e -> {
                Map<String, BigDecimal> fig = new LinkedHashMap<>();
                e.getValue().fields().forEachRemaining(f -> { if (f.getValue().isNumber()) fig.put(f.getKey(), number(f.getValue())); });
                inds.put(e.getKey(), fig);
            });
            out.add(new vn.ntm.core.input.Village(text(v, "code"), text(v, "name"), inds));
        }
        return out;
    }

    /**
     * A count as any JSON spelling of a whole number (1500, 1500.0, 1.5e3), read exactly; null when absent or not a
     * number (the schema reports those), an error when not whole or past any count.
     */
    private static Integer count(JsonNode parent, String field, String at, List<InputError> errors) {
        JsonNode v = parent.get(field);
        if (v == null || !v.isNumber()) return null;
        BigDecimal d = v.decimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            errors.add(new InputError(at + field, "phải là số nguyên (must be a whole number), got "
                    + vn.ntm.core.input.Numbers.show(d)));
            return null;
        }
        if (d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            errors.add(new InputError(at + field, "số lượng không thể có (not a possible count): "
                    + vn.ntm.core.input.Numbers.show(d)));
            return null;
        }
        return d.intValueExact();
    }

    /**
     * Keys that the lenient reading skips because their value is null (no data) must still be known: an unknown
     * indicator code or part is an error whatever its value.
     */
    private static void unknownNullKeys(JsonNode doc, Assessment a, Definitions defs, List<InputError> errors) {
        vn.ntm.core.catalog.CriteriaSet set = a.criteriaSet() == null ? null : defs.set(a.criteriaSet());
        JsonNode inds = doc.get("indicators");
        if (set == null || inds == null || !inds.isObject()) return;
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.path()));
        for (Iterator<Map.Entry<String, JsonNode>> it = inds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "indicators" + JsonGate.segment(e.getKey());
            vn.ntm.core.catalog.Indicator ind = set.indicator(e.getKey());
            if (ind == null) {
                if (!reported.contains(path)) {
                    errors.add(new InputError(path, "mã chỉ tiêu không có trong bộ tiêu chí (unknown indicator code '"
                            + e.getKey() + "' in " + set.id() + ")"));
                }
                continue;
            }
            if (!e.getValue().isObject() || !ind.isComposite()) continue;
            for (Iterator<String> parts = e.getValue().fieldNames(); parts.hasNext(); ) {
                String part = parts.next();
                String pp = path + JsonGate.segment(part);
                if (ind.part(part) == null && !reported.contains(pp)) {
                    errors.add(new InputError(pp, "thành phần không có của chỉ tiêu (unknown part '" + part + "' of indicator "
                            + ind.code() + ")"));
                }
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isBoolean() ? null : v.booleanValue();
    }

    private static LocalDate date(JsonNode n, String field, String path, List<InputError> errors) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) return null;
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(new InputError(path, "ngày không hợp lệ (" + Quote.json(Quote.shorten(v.asText(), 40)) + " is not a valid date, YYYY-MM-DD)"));
            return null;
        }
    }

    public static String write(Object doc) {
        try {
            return WRITER.writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A writer of one JSON array, element by element, in the same layout as {@link #write(Object)} of a list:
     * for batches too large to hold. Close it to end the array (the caller then adds the final newline).
     */
    public static SequenceWriter arrayWriter(java.io.Writer out) {
        try {
            return WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode toTree(Object doc) { return MAPPER.valueToTree(doc); }

    /**
     * A generator in the layout of {@link #write(Object)}, for documents written piece by piece (e.g. a district report
     * over thousands of communes). It does not close {@code out}.
     */
    public static JsonGenerator generator(java.io.Writer out) {
        try {
            return WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ntm-error/1 document for a bad input. */
    public static Map<String, Object> errorDocument(String source, List<InputError> errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", ERROR_FORMAT);
        m.put("source", source);
        m.put("errors", errors);
        return m;
    }

    public static String writeResults(List<AssessmentResult> results) {
        return results.size() == 1 ? write(results.get(0)) : write(results);
    }
}
