package vn.ntm.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;

/**
 * {@code ntm bench [--communes N] [--threads T]}: engine speed against two plain-Java baselines on the same data, one
 * that decides statuses only and one that builds the identical result (every explanation) without the rule engine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo tốc độ (benchmark): synthetic communes through the engine and a plain-Java baseline; "
                + "and a same-result baseline; checks they agree; last line is JSON.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--communes", defaultValue = "10000", description = "communes per batch (default ${DEFAULT-VALUE})")
    int communes;

    @Option(names = "--threads", description = "threads for the all-cores run (default: available processors)")
    Integer threads;

    @Option(names = "--iterations", defaultValue = "5", description = "measured rounds, every mode in each (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seed", defaultValue = "2024", description = "generator seed")
    long seed;

    @Option(names = "--sweep", description = "measure a level sweep (20 levels) against 20 full evaluations instead")
    boolean sweep;

    private long sink;   // keeps results observable so the JIT cannot drop the work

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (sweep) return new SweepBench(vn.ntm.core.engine.Definitions.load(), communes, seed).run(out, err);

        // cold start: JVM start to the first evaluated commune, everything (rule base, catalog) loaded on the way
        Evaluator ev = Evaluator.create();
        CommuneGenerator gen = new CommuneGenerator(ev.definitions(), seed);
        AssessmentResult first = ev.evaluate(gen.commune(0));
        long coldStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        sink += first.achievedCount();

        err.println("bench: generating " + communes + " communes over sets " + ev.definitions().sets().keySet());
        List<Assessment> batch = new ArrayList<>(communes);
        for (int i = 0; i < communes; i++) batch.add(gen.commune(i));
        PlainJavaEvaluator baseline = new PlainJavaEvaluator(ev.definitions());
        SameResultBaseline same = new SameResultBaseline(ev);

        // agreement on every commune, with both baselines; doubles as the JIT warm-up of every path
        err.println("bench: checking agreement (engine with the status baseline, and whole results with the same-result baseline)");
        AtomicLong disagreements = new AtomicLong();
        List<String> examples = new ArrayList<>();
        long[] lastProgress = {System.nanoTime()};
        ev.evaluateStream(batch.stream(), new java.util.function.Consumer<>() {
            int i;
            @Override public void accept(AssessmentResult r) {
                Assessment a = batch.get(i);
                String d = PlainJavaEvaluator.disagreement(baseline.evaluate(a), r);
                if (d == null) d = SameResultBaseline.difference(same.evaluate(a), r);
                if (d != null && disagreements.incrementAndGet() <= 5) examples.add("commune " + i + ": " + d);
                i++;
                if (System.nanoTime() - lastProgress[0] > 1_000_000_000L) {
                    lastProgress[0] = System.nanoTime();
                    err.printf(Locale.ROOT, "bench: checked %,d/%,d%n", i, batch.size());
                    err.flush();
                }
            }
        }, t);
        for (String e : examples) err.println("bench: DISAGREE " + e);

        err.println("bench: measuring (" + iterations + " rounds; each round runs every mode in turn)");
        var threadBean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // one thread: wall clock (best round) and thread CPU time (median round; steady under a shared machine's load)
        Timing engine1 = new Timing(), same1 = new Timing(), plain1 = new Timing();
        double engineN = 0, plainN = 0;
        long allocBest = Long.MAX_VALUE, allocSameBest = Long.MAX_VALUE;
        List<Double> ratioStatus = new ArrayList<>(), ratioSame = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            long a0 = threadBean.getCurrentThreadAllocatedBytes();
            engine1.time(threadBean, () -> { for (Assessment a : batch) sink += ev.evaluate(a).achievedCount(); });
            allocBest = Math.min(allocBest, threadBean.getCurrentThreadAllocatedBytes() - a0);

            a0 = threadBean.getCurrentThreadAllocatedBytes();
            same1.time(threadBean, () -> { for (Assessment a : batch) sink += same.evaluate(a).achievedCount(); });
            allocSameBest = Math.min(allocSameBest, threadBean.getCurrentThreadAllocatedBytes() - a0);

            plain1.time(threadBean, () -> { for (Assessment a : batch) sink += baseline.evaluate(a).achieved(); });
            ratioStatus.add((double) engine1.lastCpu / plain1.lastCpu);
            ratioSame.add((double) engine1.lastCpu / same1.lastCpu);

            long n0 = System.nanoTime();
            ev.evaluateStream(batch.stream(), r -> sink += r.achievedCount(), t);
            engineN = Math.max(engineN, rate(System.nanoTime() - n0));

            n0 = System.nanoTime();
            sink += IntStream.range(0, batch.size()).parallel().map(i -> baseline.evaluate(batch.get(i)).achieved()).sum();
            plainN = Math.max(plainN, rate(System.nanoTime() - n0));
            err.printf(Locale.ROOT, "bench: round %d/%d: engine %.0f/CPU-s (1 thread), best %.0f/s (%d threads); "
                    + "ratio %.1fx status-only, %.1fx same-result%n", it + 1, iterations, rate(engine1.lastCpu), engineN, t,
                    ratioStatus.get(it), ratioSame.get(it));
            err.flush();
        }
        double allocKb = allocBest / 1024.0 / batch.size();
        double allocSameKb = allocSameBest / 1024.0 / batch.size();
        double ratio1 = median(ratioStatus);
        double ratioSame1 = median(ratioSame);
        double ratioN = plainN / engineN;
        boolean agree = disagreements.get() == 0;
        long maxHeap = Runtime.getRuntime().maxMemory();
        // the whole run: every input held for timing, every mode, both thread counts
        long peakHeap = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        out.printf(Locale.ROOT, "machine            : %d cores, %s %s, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), maxHeap >> 20, collector());
        out.printf(Locale.ROOT, "communes           : %d (sets %s), agreement %s (%d disagreements; whole results, equals and JSON bytes)%n",
                batch.size(), ev.definitions().sets().keySet(), agree ? "OK" : "FAILED", disagreements.get());
        out.printf(Locale.ROOT, "engine, 1 thread   : %,.0f communes/CPU-s of the thread (median), %,.0f of the process "
                + "(GC included), %,.0f communes/s (best wall)%n",
                rate(engine1.medianCpu()), rate(engine1.medianProcessCpu()), engine1.bestWallRate());
        out.printf(Locale.ROOT, "engine, %d threads  : %,.0f communes/s%n", t, engineN);
        out.printf(Locale.ROOT, "same-result Java, 1: %,.0f communes/CPU-s (every explanation, no rule engine)%n", rate(same1.medianCpu()));
        out.printf(Locale.ROOT, "plain Java, 1 / %d  : %,.0f communes/CPU-s / %,.0f communes/s (statuses only)%n", t,
                rate(plain1.medianCpu()), plainN);
        out.printf(Locale.ROOT, "ratio to plain Java: %.1fx same-result, %.1fx status-only (1 thread, CPU time, median round); "
                + "%.1fx status-only (%d threads, wall)%n", ratioSame1, ratio1, ratioN, t);
        out.printf(Locale.ROOT, "cold start         : %d ms (JVM start to first result)%n", coldStartMs);
        out.printf(Locale.ROOT, "allocated/commune  : %.1f KB (engine, 1 thread); %.1f KB same-result Java%n", allocKb, allocSameKb);
        out.printf(Locale.ROOT, "peak heap, run     : %d MB (sum of heap pool peaks over the whole run, inputs included)%n", peakHeap >> 20);
        out.printf(Locale.ROOT, "{\"communesPerSecond\":%.0f,\"communesPerSecondOneThread\":%.0f,\"communesPerCpuSecondOneThread\":%.0f,"
                        + "\"communesPerProcessCpuSecondOneThread\":%.0f,"
                        + "\"ratioToPlainJava\":%.2f,\"ratioToPlainJavaSameResult\":%.2f,"
                        + "\"coldStartMs\":%d,\"allocatedKbPerCommune\":%.1f,\"peakHeapMb\":%d,\"threads\":%d,\"communes\":%d,\"agree\":%b}%n",
                engineN, engine1.bestWallRate(), rate(engine1.medianCpu()), rate(engine1.medianProcessCpu()), ratio1, ratioSame1, coldStartMs, allocKb,
                peakHeap >> 20, t, batch.size(), agree);
        out.flush();
        if (sink == 42) err.println();   // never true in practice; reads sink
        return agree ? 0 : 3;
    }

    /** One mode on one thread: wall and thread CPU time per round. */
    private final class Timing {
        private final List<Long> cpu = new ArrayList<>();
        private final List<Long> processCpu = new ArrayList<>();
        private long bestWall = Long.MAX_VALUE;
        long lastCpu;

        void time(com.sun.management.ThreadMXBean bean, Runnable work) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long p0 = os.getProcessCpuTime();
            long c0 = bean.getCurrentThreadCpuTime();
            long n0 = System.nanoTime();
            work.run();
            bestWall = Math.min(bestWall, System.nanoTime() - n0);
            lastCpu = bean.getCurrentThreadCpuTime() - c0;
            cpu.add(lastCpu);
            processCpu.add(os.getProcessCpuTime() - p0);
        }

        long medianCpu() { return cpu.stream().sorted().toList().get(cpu.size() / 2); }

        /** The whole process's CPU time in the median round: garbage collection and compiler threads included. */
        long medianProcessCpu() { return processCpu.stream().sorted().toList().get(processCpu.size() / 2); }

        double bestWallRate() { return rate(bestWall); }
    }

    private static double median(List<Double> xs) { return xs.stream().sorted().toList().get(xs.size() / 2); }

    private static String collector() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    private double rate(double nanos) { return communes * 1e9 / nanos; }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
