package vn.ntm.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.ntm.bench.BenchCommand;
import vn.ntm.service.BenchHttpCommand;
import vn.ntm.service.ServeCommand;

/** {@code java -jar ntm.jar <command>}: the command line of the JSON contract. */
@Command(name = "ntm", mixinStandardHelpOptions = true, version = "ntm 0.1.0",
        description = "Đánh giá xã nông thôn mới theo bộ tiêu chí quốc gia (NTM criteria rules).",
        subcommands = {EvaluateCommand.class, DistrictReportCommand.class, BenchCommand.class, TemplateCommand.class, LawCommand.class,
                LetterCommand.class, WhatIfCommand.class, ServeCommand.class, BenchHttpCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the tool's own fault", "2:some input invalid (each gets its ntm-error/1)",
                "64:usage error (unknown option, no input, bad option value)"})
public final class NtmCommand implements Callable<Integer> {
    /** Exit code of a usage error (BSD sysexits EX_USAGE). */
    static final int USAGE = 64;

    @Spec
    CommandSpec spec;

    /** No subcommand is a usage error: print what there is to choose from. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code (see the README, "Exit codes"). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command line, its streams and exception handlers set, ready to execute. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new NtmCommand());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("ntm: " + ex.getMessage());
            c.usage(c.getErr());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("ntm: " + ex);
            if (System.getenv("NTM_DEBUG") != null) ex.printStackTrace(err);
            return 1;
        });
        return cl;
    }
}
