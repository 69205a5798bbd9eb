package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.planning.Sweep;
import vn.ntm.core.planning.SweepSpec;
import vn.ntm.core.planning.WhatIf;
import vn.ntm.core.planning.WhatIfReport;
import vn.ntm.core.planning.WhatIfText;

/**
 * {@code ntm what-if --overlay PROPOSED.yaml [--overlay CURRENT.yaml]... FILE|DIR...}: every commune under the current
 * levels and under the proposal, and what changes; or {@code --sweep INDICATOR[.part]=FROM..TO:STEP} over a range of levels
 * (then every --overlay is a current one).
 */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Đánh giá giả định khi thay đổi mức quy định (what-if on levels): the first --overlay is the proposal, the"
                + " others the levels in force; with --sweep, one level over a range and every --overlay is in force.")
final class WhatIfCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (Vietnamese, default) or json (ntm-what-if/1)")
    OutputFormat format;

    @Option(names = "--overlay", paramLabel = "FILE", description = "ntm-overlay/1: first the proposal, then those in force (repeatable)")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "INDICATOR[.part]=FROM..TO:STEP", description = "sweep one level, e.g. 2.2=70..90:5")
    String sweep;

    @Option(names = "--set", paramLabel = "SET", description = "criteria set of the swept indicator, when several sets of the communes have it")
    String set;

    @Option(names = "--full", description = "with --sweep: re-evaluate every commune in full at each level (slower; same result)")
    boolean full;

    @Option(names = "--strict", description = "keep only certain outcomes; those resting on a provisional level become no data")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sweep == null && overlays.isEmpty()) {
            err.println("ntm: what-if needs --overlay PROPOSED.yaml (the proposal) or --sweep INDICATOR=FROM..TO:STEP");
            return 2;
        }
        if (sweep != null && strict) {
            err.println("ntm: --strict with --sweep: a trial level is never a verified level, so every level would be no data");
            return 2;
        }
        SweepSpec sweepSpec = null;
        if (sweep != null) {
            try {
                sweepSpec = SweepSpec.parse(sweep);
            } catch (IllegalArgumentException e) {
                err.println("ntm: " + e.getMessage());
                return 2;
            }
        }
        Definitions defs = Definitions.load();
        List<Overlay> loaded = new ArrayList<>();
        for (Path p : overlays) {
            try {
                loaded.add(Overlay.load(p, defs));
            } catch (DefinitionsException e) {
                err.println("ntm: mức quy định của tỉnh không hợp lệ (invalid overlay): " + e.getMessage());
                return 2;
            }
        }
        List<Path> files = Inputs.files(inputs, err);
        if (files == null) return 2;
        List<Assessment> batch = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                batch.add(NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), defs));
            } catch (InvalidAssessmentException e) {
                Inputs.reportInvalid(err, f, Inputs.INVALID_INPUT, e.errors());
                errors.add(NtmJson.errorDocument(f.toString(), e.errors()));
            }
        }
        if (!errors.isEmpty()) {
            if (format == OutputFormat.json) out.print(NtmJson.write(errors.size() == 1 ? errors.get(0) : errors));
            out.flush();
            return 2;
        }
        if (batch.isEmpty()) {
            err.println("ntm: no assessment files (*.json) found in " + inputs);
            return 1;
        }
        WhatIfReport report;
        try {
            if (sweepSpec != null) {
                report = Sweep.prepare(defs, loaded, strict, sweepSpec, set, batch).report(!full);
            } else {
                report = WhatIf.compare(defs, loaded.subList(1, loaded.size()), loaded.subList(0, 1), strict, batch);
            }
        } catch (IllegalArgumentException | DefinitionsException e) {
            err.println("ntm: " + e.getMessage());
            return 2;
        }
        out.print(format == OutputFormat.json ? NtmJson.write(report) : WhatIfText.render(report));
        out.flush();
        return 0;
    }
}
