package vn.ntm.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.workflow.ProvinceAppraisal;

/**
 * Runs law cases against one copy of the law (a {@link Definitions}), and says how each result differs from what the
 * case expects. The assessment is built as an {@code ntm-assessment/1} document and read through {@link NtmJson}, so
 * the cases go through the same checks as a district's file. A case that cannot even be evaluated (an exception
 * anywhere) is a failing case, never a crash of the run.
 *
 * <p>Input keys: {@code example} (a file of {@code examples/} to start from), {@code region}, {@code categories},
 * {@code province}, {@code assessedOn}, {@code values} (code → value; null removes), {@code notApplicable},
 * {@code evidence: complete} (every document the dossier asks for: an input convenience, never an expectation),
 * {@code appraisals}, {@code prerequisite}, {@code recognition}, {@code overlay} (a file of {@code overlays/}, or a list of them),
 * {@code companions} (assessments of the same commune under other sets, evaluated in the same batch first),
 * {@code strict: true} (only CERTAIN outcomes kept, POLICY.md §4) and {@code acceptOverlay: true}.
 */
public final class CaseRunner {
    private static final Set<String> INPUT_KEYS = Set.of("example", "region", "categories", "province", "assessedOn",
            "values", "notApplicable", "evidence", "appraisals", "prerequisite", "recognition", "overlay", "companions", "set",
            "strict", "acceptOverlay");
    private static final Set<String> EXPECT_KEYS = Set.of("indicators", "reasons", "criteria", "achieved", "achievedCriteria",
            "pollReady", "pollBlockers", "recognition", "recognitionBlockers", "provinceAppraisal", "error",
            "thresholdRegion", "report", "certainty", "criterionCertainty");
    private static final Path EXAMPLES = Path.of("..", "examples");

    private final Definitions defs;
    private final Map<String, Evaluator> evaluators = new HashMap<>();

    public CaseRunner(Definitions defs) { this.defs = defs; }

    /** How the outcome differs from the case's expectations; empty when the case holds. */
    public List<String> run(LawCase c) {
        List<String> wrong = new ArrayList<>();
        try {
            check(c, wrong);
        } catch (RuntimeException | Error e) {
            wrong.add("evaluation failed: " + e);
        }
        return wrong;
    }

    private void check(LawCase c, List<String> wrong) {
        JsonNode expect = c.expect();
        expect.fieldNames().forEachRemaining(k -> { if (!EXPECT_KEYS.contains(k)) throw new IllegalArgumentException(c + ": unknown expectation " + k); });
        ObjectNode in = c.input();
        in.fieldNames().forEachRemaining(k -> { if (!INPUT_KEYS.contains(k)) throw new IllegalArgumentException(c + ": unknown input key " + k); });
        List<String> overlays = new ArrayList<>();
        if (in.path("overlay").isArray()) in.get("overlay").forEach(n -> overlays.add(n.asText()));
        else if (in.has("overlay")) overlays.add(in.get("overlay").asText());
        Evaluator ev = evaluator(overlays, in.path("strict").asBoolean(false), in.path("acceptOverlay").asBoolean(false));
        AssessmentResult r;
        try {
            List<Assessment> batch = new ArrayList<>();
            for (JsonNode comp : in.path("companions")) {
                ObjectNode ci = (ObjectNode) comp.deepCopy();
                batch.add(assessment(ci.get("set").asText(), ci, c + " (companion)"));
            }
            batch.add(assessment(c.set(), in, c.toString()));
            List<AssessmentResult> results = ev.evaluateAll(batch);
            r = results.get(results.size() - 1);
        } catch (InvalidAssessmentException e) {
            if (!expect.has("error")) {
                wrong.add("input rejected: " + e.errors());
                return;
            }
            for (JsonNode path : expect.get("error")) {
                if (e.errors().stream().map(InputError::path).noneMatch(p -> p.contains(path.asText()))) {
                    wrong.add("no input error at " + path.asText() + ": " + e.errors());
                }
            }
            return;
        }
        if (expect.has("error")) {
            wrong.add("expected the input to be rejected at " + expect.get("error") + ", but it was evaluated");
            return;
        }
        expect.path("indicators").fields().forEachRemaining(e -> {
            IndicatorResult i = r.indicator(e.getKey());
            String got = i == null ? "(no such indicator)" : i.status().name();
            if (!got.equals(e.getValue().asText())) wrong.add("indicator " + e.getKey() + ": expected " + e.getValue().asText() + ", got " + got + describe(i));
        });
        expect.path("reasons").fields().forEachRemaining(e -> {
            IndicatorResult i = r.indicator(e.getKey());
            String got = i == null || i.reason() == null ? "(none)" : i.reason().name();
            if (!got.equals(e.getValue().asText())) wrong.add("no-data reason of " + e.getKey() + ": expected " + e.getValue().asText() + ", got " + got);
        });
        expect.path("certainty").fields().forEachRemaining(e -> {
            IndicatorResult i = r.indicator(e.getKey());
            String got = i == null || i.certainty() == null ? "(none)" : i.certainty().name();
            if (!got.equals(e.getValue().asText())) wrong.add("certainty of " + e.getKey() + ": expected " + e.getValue().asText() + ", got " + got + describe(i));
        });
        expect.path("criterionCertainty").fields().forEachRemaining(e -> {
            CriterionResult cr = r.criterion(e.getKey());
            String got = cr == null || cr.certainty() == null ? "(none)" : cr.certainty().name();
            if (!got.equals(e.getValue().asText())) wrong.add("certainty of criterion " + e.getKey() + ": expected " + e.getValue().asText() + ", got " + got);
        });
        expect.path("criteria").fields().forEachRemaining(e -> {
            CriterionResult cr = r.criterion(e.getKey());
            String got = cr == null ? "(no such criterion)" : cr.status().name();
            if (!got.equals(e.getValue().asText())) wrong.add("criterion " + e.getKey() + ": expected " + e.getValue().asText() + ", got " + got);
        });
        if (expect.has("achieved") && expect.get("achieved").asInt() != r.achievedCount()) {
            wrong.add("achieved: expected " + expect.get("achieved").asInt() + ", got " + r.achievedCount() + " " + r.achievedCodes());
        }
        if (expect.has("achievedCriteria")) {
            List<String> want = new ArrayList<>();
            expect.get("achievedCriteria").forEach(n -> want.add(n.asText()));
            if (!want.equals(r.achievedCodes())) wrong.add("achieved criteria: expected " + want + ", got " + r.achievedCodes());
        }
        if (expect.has("pollReady") && expect.get("pollReady").asBoolean() != r.pollReadiness().ready()) {
            wrong.add("poll readiness: expected " + expect.get("pollReady").asBoolean() + ", got " + r.pollReadiness().ready()
                    + " " + kinds(r.pollReadiness().blockers()));
        }
        for (JsonNode k : expect.path("pollBlockers")) {
            if (!kinds(r.pollReadiness().blockers()).contains(k.asText())) wrong.add("poll blocker " + k.asText() + " missing: " + kinds(r.pollReadiness().blockers()));
        }
        JsonNode rec = expect.path("recognition");
        rec.fieldNames().forEachRemaining(k -> { if (!Set.of("eligible", "decidable").contains(k)) throw new IllegalArgumentException(c + ": unknown recognition expectation " + k); });
        if (rec.has("eligible") && rec.get("eligible").asBoolean() != r.recognition().eligible()) {
            wrong.add("recognition eligible: expected " + rec.get("eligible") + ", got " + r.recognition().eligible() + " " + kinds(r.recognition().blockers()));
        }
        if (rec.has("decidable") && rec.get("decidable").asBoolean() != r.recognition().decidable()) {
            wrong.add("recognition decidable: expected " + rec.get("decidable") + ", got " + r.recognition().decidable() + " " + kinds(r.recognition().blockers()));
        }
        for (JsonNode k : expect.path("recognitionBlockers")) {
            if (!kinds(r.recognition().blockers()).contains(k.asText())) wrong.add("recognition blocker " + k.asText() + " missing: " + kinds(r.recognition().blockers()));
        }
        if (expect.has("provinceAppraisal")) {
            ProvinceAppraisal p = ProvinceAppraisal.of(r);
            JsonNode want = expect.get("provinceAppraisal");
            if (want.get("criteria").asInt() != p.criteriaCount() || want.get("indicators").asInt() != p.indicatorCount()) {
                wrong.add("province appraisal: expected " + want + ", got " + p.summary() + " " + p.criteria() + " " + p.indicators());
            }
        }
        if (expect.has("thresholdRegion") && !expect.get("thresholdRegion").asText().equals(r.commune().thresholdRegion().name())) {
            wrong.add("threshold region: expected " + expect.get("thresholdRegion").asText() + ", got " + r.commune().thresholdRegion());
        }
        if (expect.has("report")) {
            String text = TextReport.render(r);
            for (JsonNode s : expect.get("report")) if (!text.contains(s.asText())) wrong.add("report lacks \"" + s.asText() + "\"");
        }
    }

    private static String describe(IndicatorResult i) {
        if (i == null) return "";
        return " (value " + i.value() + ", threshold " + i.threshold() + (i.reason() == null ? "" : ", " + i.reason()) + ")";
    }

    private static List<String> kinds(List<Blocker> bs) { return bs.stream().map(b -> b.kind().name()).toList(); }

    /** The case's input as an ntm-assessment/1 document, read like a district's file. */
    private Assessment assessment(String set, ObjectNode in, String where) {
        ObjectNode doc;
        if (in.has("example")) {
            doc = (ObjectNode) readJson(EXAMPLES.resolve(in.get("example").asText()));
        } else {
            doc = LawCases.YAML.createObjectNode();
            doc.put("format", "ntm-assessment/1");
            ObjectNode commune = doc.putObject("commune");
            commune.put("code", "CASE").put("name", "Xã thử (law case)").put("district", "Huyện thử").put("province", "Tỉnh thử");
            commune.put("region", "TDMNPB");
            commune.putArray("categories");
            doc.putObject("indicators");
        }
        doc.put("criteriaSet", set);
        ObjectNode commune = (ObjectNode) doc.get("commune");
        if (in.has("region")) commune.put("region", in.get("region").asText());
        if (in.has("categories")) commune.set("categories", in.get("categories"));
        if (in.has("province")) commune.put("province", in.get("province").asText());
        if (in.has("assessedOn")) doc.put("assessedOn", in.get("assessedOn").asText());
        ObjectNode values = (ObjectNode) doc.get("indicators");
        Iterator<Map.Entry<String, JsonNode>> it = in.path("values").fields();
        while (it.hasNext()) {
            var e = it.next();
            values.set(e.getKey(), e.getValue());
        }
        for (String k : List.of("notApplicable", "appraisals", "prerequisite", "recognition")) {
            if (in.has(k) && !in.get(k).isNull()) doc.set(k, in.get(k));
        }
        if (in.has("evidence")) {
            String how = in.get("evidence").asText();
            if (!how.equals("complete") && !how.equals("none")) throw new IllegalArgumentException(where + ": evidence is complete or none");
            ArrayNode ev = doc.putArray("evidence");
            if (how.equals("complete")) {
                List<String> na = new ArrayList<>();
                doc.path("notApplicable").forEach(n -> na.add(n.asText()));
                for (Indicator ind : defs.set(set).indicators().values()) {
                    if (na.contains(ind.code())) continue;
                    for (EvidenceRequirement r : ind.evidence()) ev.addObject().put("indicator", ind.code()).put("document", r.code());
                }
            }
        }
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        return NtmJson.readAssessment(bytes, where, defs);
    }

    private Evaluator evaluator(List<String> overlays, boolean strict, boolean acceptOverlay) {
        return evaluators.computeIfAbsent(String.join(",", overlays) + "|" + strict + "|" + acceptOverlay, k -> {
            Evaluator.Builder b = Evaluator.builder().definitions(defs).strict(strict).acceptOverlay(acceptOverlay);
            for (String o : overlays) b.overlay(Overlay.load(overlayPath(o), defs));
            return b.build();
        });
    }

    private static Path overlayPath(String name) {
        try {
            return Path.of(CaseRunner.class.getClassLoader().getResource("overlays/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no overlay " + name, e);
        }
    }

    private static JsonNode readJson(Path p) {
        try {
            return NtmJson.mapper().readTree(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
