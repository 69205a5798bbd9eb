package vn.ntm.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    /** The schema shipped for one of the three documents. */
    public static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = NtmJson.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("missing schema " + r);
                SchemaValidatorsConfig cfg = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, cfg);
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
            String msg = m.getMessage();
            String prefix = m.getInstanceLocation().toString() + ": ";
            if (msg.startsWith(prefix)) msg = msg.substring(prefix.length());
            out.add(new InputError(path, msg));
        }
        out.sort(java.util.Comparator.comparing(InputError::path).thenComparing(InputError::message));
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
        List<InputError> errors = new ArrayList<>(scan(json));
        if (!errors.isEmpty() && errors.get(0).path().equals("(syntax)")) {
            throw new InvalidAssessmentException(source, errors);
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidAssessmentException(source, List.of(new InputError("(syntax)", e.getMessage())));
        }
        if (doc == null || !doc.isObject()) {
            throw new InvalidAssessmentException(source, List.of(new InputError("(document)", "expected a JSON object")));
        }
        errors.addAll(validate(ASSESSMENT_SCHEMA, doc));
        if (!errors.isEmpty()) throw new InvalidAssessmentException(source, errors);
        Assessment a = toAssessment(doc, errors);
        if (errors.isEmpty()) errors.addAll(AssessmentValidator.validate(a, defs));
        if (!errors.isEmpty()) throw new InvalidAssessmentException(source, errors);
        return a;
    }

    /** Syntax errors, NaN/Infinity and duplicate keys (which a tree parse would silently collapse). */
    private static List<InputError> scan(byte[] json) {
        List<InputError> errors = new ArrayList<>();
        Deque<Set<String>> keys = new ArrayDeque<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                } else if (t == JsonToken.END_OBJECT) {
                    keys.pop();
                } else if (t == JsonToken.FIELD_NAME && !keys.isEmpty() && !keys.peek().add(p.currentName())) {
                    errors.add(new InputError(path(p.getParsingContext().pathAsPointer().toString()),
                            "duplicate key '" + p.currentName() + "': each field may appear once"));
                }
            }
        } catch (JsonParseException e) {
            errors.add(0, new InputError("(syntax)", "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()
                    + " (NaN and Infinity are not allowed; use a number or null)"));
        } catch (IOException e) {
            errors.add(0, new InputError("(syntax)", e.getMessage()));
        }
        return errors;
    }

    private static Assessment toAssessment(JsonNode d, List<InputError> errors) {
        JsonNode c = d.get("commune");
        List<CommuneCategory> cats = new ArrayList<>();
        if (c.has("categories")) c.get("categories").forEach(n -> cats.add(CommuneCategory.valueOf(n.asText())));
        Commune commune = new Commune(c.get("code").asText(), c.get("name").asText(), text(c, "district"),
                text(c, "province"), Region.valueOf(c.get("region").asText()), cats);
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
                } else {
                    Map<String, BigDecimal> parts = new LinkedHashMap<>();
                    v.fields().forEachRemaining(p -> { if (!p.getValue().isNull()) parts.put(p.getKey(), number(p.getValue())); });
                    values.put(e.getKey(), parts);
                }
            }
        }
        List<String> na = new ArrayList<>();
        if (d.has("notApplicable")) d.get("notApplicable").forEach(n -> na.add(n.asText()));
        List<EvidenceItem> evidence = new ArrayList<>();
        if (d.has("evidence")) {
            int i = 0;
            for (JsonNode e : d.get("evidence")) {
                evidence.add(new EvidenceItem(e.get("indicator").asText(), e.get("document").asText(), text(e, "title"),
                        text(e, "reference"), date(e, "date", "evidence[" + i + "].date", errors)));
                i++;
            }
        }
        List<Appraisal> appraisals = new ArrayList<>();
        if (d.has("appraisals")) {
            int i = 0;
            for (JsonNode e : d.get("appraisals")) {
                appraisals.add(new Appraisal(e.get("target").asText(), AppraisalLevel.valueOf(e.get("level").asText()),
                        date(e, "date", "appraisals[" + i + "].date", errors), AppraisalOutcome.valueOf(e.get("outcome").asText())));
                i++;
            }
        }
        RecognitionInput rec = null;
        if (d.has("recognition") && !d.get("recognition").isNull()) {
            JsonNode r = d.get("recognition");
            SatisfactionPoll poll = null;
            JsonNode p = r.get("satisfactionPoll");
            if (p != null && !p.isNull()) {
                poll = new SatisfactionPoll(p.get("households").intValue(), p.get("respondents").intValue(), p.get("satisfied").intValue());
            }
            rec = new RecognitionInput(bool(r, "outstandingConstructionDebt"), bool(r, "securityOrderComplicated"), poll);
        }
        return new Assessment(commune, d.get("criteriaSet").asText(), date(d, "assessedOn", "assessedOn", errors),
                values, na, evidence, appraisals, rec);
    }

    private static BigDecimal number(JsonNode n) { return n.decimalValue(); }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.booleanValue();
    }

    private static LocalDate date(JsonNode n, String field, String path, List<InputError> errors) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(new InputError(path, "'" + v.asText() + "' is not a valid date (YYYY-MM-DD)"));
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
