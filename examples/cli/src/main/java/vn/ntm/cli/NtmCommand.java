package vn.ntm.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.ntm.bench.BenchCommand;
import vn.ntm.service.BenchHttpCommand;
import vn.ntm.service.ServeCommand;

/** {@code java -jar ntm.jar <command>}: the command line of the JSON contract. */
@Command(name = "ntm", mixinStandardHelpOptions = true, version = "ntm 0.1.0",
        description = "Đánh giá xã nông thôn mới theo bộ tiêu chí quốc gia (NTM criteria rules).",
        subcommands = {EvaluateCommand.class, DistrictReportCommand.class, BenchCommand.class, ServeCommand.class,
                BenchHttpCommand.class})
public final class NtmCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code (0 done, 2 bad input, 1 other failure). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new NtmCommand());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("ntm: " + ex);
            if (System.getenv("NTM_DEBUG") != null) ex.printStackTrace(err);
            return 1;
        });
        return cl.execute(args);
    }
}
