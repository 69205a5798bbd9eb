package vn.ntm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;
import vn.ntm.desk.LetterDocx;

/** {@code ntm letter --plan PLAN -o FILE.docx FILE|DIR...} */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Công văn của huyện dạng Word (the district's letter as a .docx in the official layout, with the computed lists,"
                + " appraisals, deadlines and weekly reporting duty; ready to edit and sign).")
final class LetterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "district plan (ntm-plan/1): deadlines and weekly report")
    Path plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.docx", description = "the letter to write")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files, folders or workbooks")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = new ArrayList<>(inputs);
        all.add(plan);
        String why = OutputFile.refuse(output, all);
        if (why != null) {
            err.println("ntm: " + why);
            return 2;
        }
        DistrictPlan p;
        try {
            p = PlanReader.read(plan);
        } catch (InvalidPlanException e) {
            Inputs.reportInvalid(err, plan, Inputs.INVALID_PLAN, e.errors());
            return 2;
        }
        Evaluator evaluator = Evaluator.create();
        DeskInputs in = DeskInputs.read(inputs, evaluator.definitions(), err);
        if (in == null) return 2;
        if (!in.errorDocuments.isEmpty()) return 2;   // a letter is not signed on partial data
        if (in.assessments.isEmpty()) {
            err.println("ntm: no assessment files (*.json, *.xlsx) found in " + inputs);
            return 1;
        }
        DistrictReport report = DistrictReport.build(evaluator.evaluateAll(in.assessments), List.of(), p);
        OutputFile.write(output, o -> LetterDocx.write(o, report));
        err.println("ntm: đã ghi (written) " + output);
        return 0;
    }
}
