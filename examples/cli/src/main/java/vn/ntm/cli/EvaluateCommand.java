package vn.ntm.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Ordered;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

/** {@code ntm evaluate [--format text|json] [--overlay FILE]... [--strict] [--accept-overlay] [--plan FILE] FILE|DIR...} */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Đánh giá các xã từ tệp ntm-assessment/1 hoặc biểu Excel (evaluate assessment files or .xlsx workbooks; a folder means every *.json in it).")
final class EvaluateCommand implements Callable<Integer> {
    enum OutputFormat { text, json, xlsx, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (Vietnamese report, default), json (ntm-result/1),"
            + " xlsx (workbook: communes × criteria, indicators, missing evidence, deadlines) or html (dashboard); xlsx and html need -o")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (never an input)")
    Path output;

    @Option(names = "--previous", paramLabel = "FILE|DIR", description = "earlier assessments, for the week's progress in the html dashboard")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "provincial threshold overlay (ntm-overlay/1), repeatable")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "FILE", description = "district plan (ntm-plan/1): adds due dates and overdue items")
    Path plan;

    @Option(names = "--strict", description = "keep only certain outcomes; those resting on a provisional level become no data")
    boolean strict;

    @Option(names = "--accept-overlay", description = "count overlay levels (the province's decision, or a national level "
            + "its author read) as certain, so that --strict keeps outcomes decided on them")
    boolean acceptOverlay;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    private record Invalid(Path file, InvalidAssessmentException e) { }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluator evaluator;
        // each overlay is loaded on its own so that an error names the overlay that failed
        Path current = null;
        try {
            Definitions defs = Definitions.load();
            Evaluator.Builder b = Evaluator.builder().definitions(defs).strict(strict).acceptOverlay(acceptOverlay);
            for (Path o : overlays) {
                current = o;
                b.overlay(Overlay.load(o, defs));
            }
            current = null;
            evaluator = b.build();
        } catch (DefinitionsException e) {
            err.println("ntm: " + e.getMessage());
            if (format == OutputFormat.json) {
                out.print(NtmJson.write(NtmJson.errorDocument(current == null ? null : current.toString(),
                        List.of(new InputError(current == null ? "(definitions)" : "(overlay)", e.getMessage())))));
                out.flush();
            }
            return 2;
        }
        DistrictPlan districtPlan = null;
        if (plan != null) {
            try {
                districtPlan = PlanReader.read(plan);
            } catch (InvalidPlanException e) {
                Inputs.reportInvalid(err, plan, Inputs.INVALID_PLAN, e.errors());
                if (format == OutputFormat.json) out.print(NtmJson.write(NtmJson.errorDocument(plan.toString(), e.errors())));
                out.flush();
                return 2;
            }
        }
        // workbooks in, or xlsx / html / a file out: the officials' desk (a separate, non-streaming path)
        if (DeskEvaluate.applies(this)) return DeskEvaluate.run(this, evaluator, districtPlan, out, err);
        List<Path> files = Inputs.files(inputs, err);
        if (files == null) return 1;
        if (files.isEmpty()) {
            err.println("ntm: no assessment files (*.json) found in " + inputs);
            return 1;
        }
        // A nâng cao (or kiểu mẫu) commune may come with a companion assessment of its prerequisite set in the same
        // run: those few companions are evaluated first, then every file streams in input order.
        Map<Path, AssessmentResult> companions = evaluateCompanions(evaluator, files);
        Map<String, AssessmentResult> companionResults = new HashMap<>();
        companions.values().forEach(r -> companionResults.put(key(r.commune().code(), r.criteriaSet()), r));
        DistrictPlan schedule = districtPlan;
        // files are read and evaluated on all cores but written in input order as soon as they are done, so
        // memory stays flat however many files there are
        boolean[] bad = {false};
        boolean[] first = {true};
        Progress progress = new Progress(err, files.size());
        SequenceWriter array = format == OutputFormat.json && files.size() > 1 ? NtmJson.arrayWriter(out) : null;
        Function<Path, Object> evaluateFile = f -> {
            try {
                AssessmentResult done = companions.get(f);
                if (done != null) return done;
                Assessment a = NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), evaluator.definitions());
                String prerequisite = evaluator.definitions().set(a.criteriaSet()).prerequisiteSet();
                AssessmentResult companion = prerequisite == null ? null : companionResults.get(key(a.commune().code(), prerequisite));
                return evaluator.evaluate(a, companion);
            } catch (InvalidAssessmentException e) {
                return new Invalid(f, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Ordered.map(files.iterator(), evaluateFile, Runtime.getRuntime().availableProcessors(), 16, d -> {
            Object doc = d instanceof AssessmentResult r && schedule != null ? Deadlines.apply(r, schedule) : d;
            if (d instanceof Invalid inv) {
                bad[0] = true;
                Inputs.reportInvalid(err, inv.file(), Inputs.INVALID_INPUT, inv.e().errors());
                doc = NtmJson.errorDocument(inv.file().toString(), inv.e().errors());
            }
            if (format == OutputFormat.json) {
                if (array != null) {
                    try {
                        array.write(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    out.print(NtmJson.write(doc));
                }
            } else if (doc instanceof AssessmentResult r) {
                if (!first[0]) out.print("\n" + "─".repeat(72) + "\n\n");
                out.print(TextReport.render(r));
                first[0] = false;
            }
            progress.step();
        });
        if (array != null) {
            array.close();
            out.print("\n");
        }
        progress.done();
        out.flush();
        return bad[0] ? 2 : 0;
    }

    private static String key(String commune, String set) { return commune + "\u0000" + set; }

    /**
     * The files that are the prerequisite-set companion of another file in this run (same commune code), evaluated
     * first as a batch (which also resolves chains such as xã NTM → nâng cao → kiểu mẫu). Invalid files are left to
     * the main pass, which reports them.
     */
    private static Map<Path, AssessmentResult> evaluateCompanions(Evaluator evaluator, List<Path> files) throws IOException {
        var defs = evaluator.definitions();
        if (defs.sets().values().stream().noneMatch(s -> s.prerequisiteSet() != null)) return Map.of();
        Map<String, Path> byKey = new HashMap<>();
        Map<Path, Assessment> read = new HashMap<>();
        for (Path f : files) {
            try {
                Assessment a = NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), defs);
                byKey.put(key(a.commune().code(), a.criteriaSet()), f);
                read.put(f, a);
            } catch (InvalidAssessmentException e) {
                // reported by the main pass
            }
        }
        java.util.LinkedHashSet<Path> needed = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            Assessment a = read.get(f);
            if (a == null) continue;
            // walk the chain of prerequisites present in this run
            for (String set = defs.set(a.criteriaSet()).prerequisiteSet(); set != null; set = defs.set(set).prerequisiteSet()) {
                Path c = byKey.get(key(a.commune().code(), set));
                if (c == null) break;
                needed.add(c);
            }
        }
        if (needed.isEmpty()) return Map.of();
        List<Path> order = files.stream().filter(needed::contains).toList();
        List<AssessmentResult> results = evaluator.evaluateAll(order.stream().map(read::get).toList());
        Map<Path, AssessmentResult> out = new HashMap<>();
        for (int i = 0; i < order.size(); i++) out.put(order.get(i), results.get(i));
        return out;
    }
}
