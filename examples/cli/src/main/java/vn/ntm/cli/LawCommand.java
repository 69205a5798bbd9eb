package vn.ntm.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Definitions;
import vn.ntm.desk.LawExplorer;

/** {@code ntm law --format html -o FILE} */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = "Tra cứu bộ tiêu chí (law explorer: every set, criterion and indicator with its rule, levels by region and period,"
                + " citation, verification, confidence and doubts; one self-contained HTML page).")
final class LawCommand implements Callable<Integer> {
    enum OutputFormat { html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "html", description = "html (the only format)")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the page to write (default: standard output)")
    Path output;

    @Override
    public Integer call() throws Exception {
        String page = LawExplorer.render(Definitions.load());
        if (output == null) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(output, o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getErr().println("ntm: đã ghi (written) " + output);
        }
        return 0;
    }
}
