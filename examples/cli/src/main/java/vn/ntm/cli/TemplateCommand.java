package vn.ntm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.desk.TemplateWriter;

/** {@code ntm template --set SET... [--communes N|FILE|DIR] -o FILE.xlsx} */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Biểu Excel để nhập số liệu các xã (the workbook officials fill in: one sheet per criteria set, one column per commune;"
                + " with --communes FILE|DIR of ntm-assessment/1 files it comes filled with their data).")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--set", paramLabel = "SET", description = "criteria set id, repeatable (e.g. xa-ntm-2021-2025); default: the sets of the --communes files")
    List<String> sets = new ArrayList<>();

    @Option(names = "--communes", paramLabel = "N|FILE|DIR", description = "a number of empty commune columns (default 5), or assessment files to fill the workbook with")
    String communes;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Definitions defs = Definitions.load();
        int blank = 0;
        List<Assessment> filled = List.of();
        List<Path> inputs = List.of();
        if (communes == null) {
            blank = 5;
        } else if (communes.matches("\\d+")) {
            blank = Integer.parseInt(communes);
        } else {
            inputs = List.of(Path.of(communes));
            String why = OutputFile.refuse(output, inputs);
            if (why != null) {
                err.println("ntm: " + why);
                return 2;
            }
            DeskInputs in = DeskInputs.read(inputs, defs, err);
            if (in == null) return 2;
            if (!in.errorDocuments.isEmpty()) return 2;
            filled = in.assessments;
        }
        for (String s : sets) {
            if (defs.set(s) == null) {
                err.println("ntm: không rõ bộ tiêu chí (unknown criteria set) '" + s + "': một trong " + defs.sets().keySet());
                return 2;
            }
        }
        if (sets.isEmpty() && filled.isEmpty()) {
            err.println("ntm: cần --set (needs --set SET): một trong " + defs.sets().keySet());
            return 2;
        }
        List<Assessment> rows = filled;
        int columns = blank;
        OutputFile.write(output, o -> new TemplateWriter(defs, LocalDate.now()).write(o, sets, columns, rows));
        err.println("ntm: đã ghi (written) " + output);
        return 0;
    }
}
