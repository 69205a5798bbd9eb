package vn.ntm.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;
import vn.ntm.desk.Dashboard;
import vn.ntm.desk.ResultWorkbook;

/**
 * What each endpoint answers, apart from HTTP: the same documents, in the same bytes, as the command line. Every
 * method is safe to call from many threads at once (the evaluator is shared and thread-safe).
 */
final class Api {
    /** An answer: status, body bytes of a content type, and the file name a client should save it under (or null). */
    record Reply(int status, String contentType, byte[] bytes, String attachment, int communes) {
        static final String JSON = "application/json; charset=utf-8";

        /** A JSON answer (UTF-8). */
        Reply(int status, String body, int communes) { this(status, JSON, body.getBytes(StandardCharsets.UTF_8), null, communes); }

        static Reply ok(String body, int communes) { return new Reply(200, body, communes); }

        String body() { return new String(bytes, StandardCharsets.UTF_8); }
    }

    private static final Set<String> REPORT_FIELDS = Set.of("assessments", "previous", "plan");

    private final Evaluator evaluator;
    private final Limits limits;
    private final CriteriaSets catalog;
    private final String openApi;
    private final long started = System.currentTimeMillis();

    Api(Evaluator evaluator, Limits limits) {
        this.evaluator = evaluator;
        this.limits = limits;
        this.catalog = new CriteriaSets(evaluator);
        this.openApi = OpenApi.document();
    }

    Limits limits() { return limits; }

    /** One ntm-assessment/1 → one ntm-result/1 (400 with ntm-error/1 when bad); an array → an array in input order. */
    Reply evaluations(byte[] body) { return evaluations(body, OutputFormat.JSON); }

    /**
     * As {@link #evaluations(byte[])} for JSON; the desk formats show every result, so a batch with a bad document is
     * refused as a whole (400, one ntm-error/1 listing every problem) rather than shown without it.
     */
    Reply evaluations(byte[] body, OutputFormat format) {
        JsonBody.Value doc = scan(body, Set.of());
        if (doc == null || !doc.isArray()) {
            // one document: read exactly as the command line reads a file
            try {
                Assessment a = NtmJson.readAssessment(body, "body", evaluator.definitions());
                AssessmentResult result = evaluator.evaluate(a);
                if (format != OutputFormat.JSON) return desk(format, List.of(result), null, "ntm-ket-qua", 1);
                return Reply.ok(NtmJson.write(result), 1);
            } catch (InvalidAssessmentException e) {
                return new Reply(400, NtmJson.write(NtmJson.errorDocument("body", e.errors())), 0);
            }
        }
        List<JsonBody.Value> elements = doc.elements();
        Object[] out = new Object[elements.size()];
        List<Assessment> valid = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            try {
                valid.add(NtmJson.readAssessment(elements.get(i).bytes(), "body[" + i + "]", evaluator.definitions()));
                where.add(i);
            } catch (InvalidAssessmentException e) {
                out[i] = NtmJson.errorDocument("body[" + i + "]", e.errors());
                prefixed(e.errors(), "[" + i + "]", errors);
            }
        }
        if (format != OutputFormat.JSON && !errors.isEmpty()) throw new ApiException(400, "body", errors);
        // companions (same commune under the prerequisite set) are honoured by the library's batch evaluation
        List<AssessmentResult> results = evaluator.evaluateAll(valid);
        if (format != OutputFormat.JSON) return desk(format, results, null, "ntm-ket-qua", results.size());
        for (int k = 0; k < results.size(); k++) out[where.get(k)] = results.get(k);
        return Reply.ok(NtmJson.write(List.of(out)), results.size());
    }

    /** {assessments, previous?, plan?} → ntm-district-report/1; any bad part → 400 listing every problem. */
    Reply districtReports(byte[] body) { return districtReports(body, OutputFormat.JSON); }

    /** As {@link #districtReports(byte[])}, the report answered in the given format. */
    Reply districtReports(byte[] body, OutputFormat format) {
        JsonBody.Value doc = scan(body, Set.of("assessments", "previous"));
        if (doc == null || !doc.isObject()) {
            throw ApiException.of(400, "(document)", "Cần một đối tượng JSON có trường assessments",
                    "expected a JSON object with an assessments array");
        }
        List<InputError> errors = new ArrayList<>();
        for (String f : doc.fields().keySet()) {
            if (!REPORT_FIELDS.contains(f)) {
                errors.add(new InputError(f, "Trường không được phép (unknown field): expected one of [assessments, previous, plan]",
                        "/" + vn.ntm.core.input.JsonPointers.escape(f)));
            }
        }
        List<Assessment> now = assessments(doc.fields().get("assessments"), "assessments", true, errors);
        List<Assessment> before = assessments(doc.fields().get("previous"), "previous", false, errors);
        DistrictPlan plan = null;
        JsonBody.Value p = doc.fields().get("plan");
        if (p != null && p.kind() != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
            try {
                plan = PlanReader.read(p.bytes(), "plan");
            } catch (InvalidPlanException e) {
                prefixed(e.errors(), "plan", errors);
            }
        }
        if (!errors.isEmpty()) throw new ApiException(400, "body", errors);
        DistrictReport report = DistrictReport.build(evaluator.evaluateAll(now), evaluator.evaluateAll(before), plan);
        if (format != OutputFormat.JSON) {
            List<AssessmentResult> latest = report.communes().stream().map(DistrictReport.CommuneSection::result).toList();
            return desk(format, latest, report, "ntm-bao-cao-huyen", now.size() + before.size());
        }
        return Reply.ok(NtmJson.write(report), now.size() + before.size());
    }

    /** The results as the desk's workbook (an attachment) or its dashboard page (the report built from them if none given). */
    private static Reply desk(OutputFormat format, List<AssessmentResult> results, DistrictReport report, String fileName,
                              int communes) {
        if (results.isEmpty()) {
            throw ApiException.of(400, "(document)", "Cần ít nhất một hồ sơ đánh giá để lập bảng tính hoặc trang tổng hợp",
                    "a workbook or dashboard needs at least one assessment");
        }
        if (format == OutputFormat.HTML) {
            String page = Dashboard.render(report != null ? report : DistrictReport.build(results, List.of(), null));
            return new Reply(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), null, communes);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try {
            ResultWorkbook.write(xlsx, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(200, format.mediaType, xlsx.toByteArray(), fileName + ".xlsx", communes);
    }

    private List<Assessment> assessments(JsonBody.Value v, String field, boolean required, List<InputError> errors) {
        List<Assessment> out = new ArrayList<>();
        if (v == null || v.kind() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
            if (required) errors.add(new InputError(field, "Bắt buộc (required): an array of ntm-assessment/1 documents", "/" + field));
            return out;
        }
        if (!v.isArray() || (required && v.elements().isEmpty())) {
            errors.add(new InputError(field, "Cần một mảng hồ sơ đánh giá không rỗng (expected a non-empty array of ntm-assessment/1 documents)", "/" + field));
            return out;
        }
        for (int i = 0; i < v.elements().size(); i++) {
            try {
                out.add(NtmJson.readAssessment(v.elements().get(i).bytes(), field + "[" + i + "]", evaluator.definitions()));
            } catch (InvalidAssessmentException e) {
                prefixed(e.errors(), field + "[" + i + "]", errors);
            }
        }
        return out;
    }

    /** Errors of a part of the body, placed in the body: both the dotted path and the pointer get the prefix. */
    private static void prefixed(List<InputError> in, String prefix, List<InputError> out) {
        String pointerPrefix = vn.ntm.core.input.JsonPointers.fromPath(prefix);
        for (InputError e : in) {
            boolean whole = e.path().startsWith("(");
            out.add(new InputError(whole ? prefix : prefix + (e.path().startsWith("[") ? "" : ".") + e.path(), e.message(),
                    pointerPrefix + (e.pointer() == null ? "" : e.pointer())));
        }
    }

    Reply criteriaSets() { return Reply.ok(catalog.list(), 0); }

    Reply criteriaSet(String id) {
        String doc = catalog.set(id);
        if (doc == null) {
            throw ApiException.of(404, "(request)", "Không có bộ tiêu chí '" + id + "'",
                    "no criteria set '" + id + "': see /v1/criteria-sets");
        }
        return Reply.ok(doc, 0);
    }

    Reply health(int inFlight) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "UP");
        m.put("criteriaSets", evaluator.definitions().sets().keySet());
        m.put("strict", evaluator.strict());
        m.put("overlays", evaluator.overlays().stream().map(o -> o.province() + " / " + o.criteriaSet()).toList());
        m.put("uptimeSeconds", (System.currentTimeMillis() - started) / 1000);
        m.put("inFlight", inFlight);
        Runtime rt = Runtime.getRuntime();
        m.put("heapUsedBytes", rt.totalMemory() - rt.freeMemory());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("maxBodyBytes", limits.maxBodyBytes());
        l.put("maxBatch", limits.maxBatch());
        l.put("maxDepth", limits.maxDepth());
        l.put("requestTimeSeconds", limits.requestTime().toSeconds());
        m.put("limits", l);
        return Reply.ok(NtmJson.write(m), 0);
    }

    Reply openApi() { return Reply.ok(openApi, 0); }

    /** The body's structure within the limits; null when a single document is not JSON (NtmJson then says why). */
    private JsonBody.Value scan(byte[] body, Set<String> batchFields) {
        try {
            return JsonBody.scan(body, limits, batchFields);
        } catch (JsonBody.Malformed m) {
            if (batchFields.isEmpty() && !startsWith(body, '[')) return null;
            throw ApiException.of(400, "(syntax)",
                    "Nội dung gửi lên không phải JSON hợp lệ (dòng " + m.line + ", cột " + m.column + ")",
                    "the request body is not valid JSON at line " + m.line + ", column " + m.column
                            + "; NaN and Infinity are not allowed, use a number or null");
        }
    }

    private static boolean startsWith(byte[] body, char c) {
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
            return b == c;
        }
        return false;
    }

    static String resource(String name) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
