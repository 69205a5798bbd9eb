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

/** {@code ntm bench [--communes N] [--threads T]}: engine speed against a plain-Java baseline on the same data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo tốc độ (benchmark): synthetic communes through the engine and a plain-Java baseline; "
                + "checks they agree; last line is JSON.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--communes", defaultValue = "10000", description = "communes per batch (default ${DEFAULT-VALUE})")
    int communes;

    @Option(names = "--threads", description = "threads for the all-cores run (default: available processors)")
    Integer threads;

    @Option(names = "--iterations", defaultValue = "5", description = "measured runs per mode, best kept (default ${DEFAULT-VALUE})")
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

        // agreement on every commune; doubles as the JIT warm-up of both paths
        err.println("bench: checking engine/baseline agreement");
        AtomicLong disagreements = new AtomicLong();
        List<String> examples = new ArrayList<>();
        ev.evaluateStream(batch.stream(), new java.util.function.Consumer<>() {
            int i;
            @Override public void accept(AssessmentResult r) {
                String d = PlainJavaEvaluator.disagreement(baseline.evaluate(batch.get(i)), r);
                if (d != null && disagreements.incrementAndGet() <= 5) examples.add("commune " + i + ": " + d);
                i++;
            }
        }, t);
        for (String e : examples) err.println("bench: DISAGREE " + e);

        err.println("bench: measuring (" + iterations + " runs per mode, best kept)");
        var threadBean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double engine1 = 0, engineN = 0, plain1 = 0, plainN = 0;
        long allocBest = Long.MAX_VALUE;
        long peakHeap = 0;
        for (int it = 0; it < iterations; it++) {
            long a0 = threadBean.getCurrentThreadAllocatedBytes();
            long n0 = System.nanoTime();
            for (Assessment a : batch) sink += ev.evaluate(a).achievedCount();
            long n1 = System.nanoTime();
            allocBest = Math.min(allocBest, threadBean.getCurrentThreadAllocatedBytes() - a0);
            engine1 = Math.max(engine1, rate(n1 - n0));

            List<MemoryPoolMXBean> heap = heapPools();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            n0 = System.nanoTime();
            ev.evaluateStream(batch.stream(), r -> sink += r.achievedCount(), t);
            n1 = System.nanoTime();
            peakHeap = Math.max(peakHeap, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            engineN = Math.max(engineN, rate(n1 - n0));

            n0 = System.nanoTime();
            for (Assessment a : batch) sink += baseline.evaluate(a).achieved();
            n1 = System.nanoTime();
            plain1 = Math.max(plain1, rate(n1 - n0));

            n0 = System.nanoTime();
            sink += IntStream.range(0, batch.size()).parallel().map(i -> baseline.evaluate(batch.get(i)).achieved()).sum();
            n1 = System.nanoTime();
            plainN = Math.max(plainN, rate(n1 - n0));
            err.printf(Locale.ROOT, "bench: after run %d, best engine %.0f/s (1 thread), %.0f/s (%d threads)%n", it + 1, engine1, engineN, t);
        }
        double allocKb = allocBest / 1024.0 / batch.size();
        double ratio1 = plain1 / engine1;
        double ratioN = plainN / engineN;
        boolean agree = disagreements.get() == 0;
        long maxHeap = Runtime.getRuntime().maxMemory();

        out.printf(Locale.ROOT, "machine            : %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), maxHeap >> 20);
        out.printf(Locale.ROOT, "communes           : %d (sets %s), agreement %s (%d disagreements)%n", batch.size(),
                ev.definitions().sets().keySet(), agree ? "OK" : "FAILED", disagreements.get());
        out.printf(Locale.ROOT, "engine, 1 thread   : %,.0f communes/s%n", engine1);
        out.printf(Locale.ROOT, "engine, %d threads  : %,.0f communes/s%n", t, engineN);
        out.printf(Locale.ROOT, "plain Java, 1 / %d  : %,.0f / %,.0f communes/s%n", t, plain1, plainN);
        out.printf(Locale.ROOT, "ratio to plain Java: %.1fx (1 thread), %.1fx (%d threads)%n", ratio1, ratioN, t);
        out.printf(Locale.ROOT, "cold start         : %d ms (JVM start to first result)%n", coldStartMs);
        out.printf(Locale.ROOT, "allocated/commune  : %.1f KB (engine, 1 thread)%n", allocKb);
        out.printf(Locale.ROOT, "peak heap, batch   : %d MB (sum of heap pool peaks, %d-thread run, inputs included)%n", peakHeap >> 20, t);
        out.printf(Locale.ROOT, "{\"communesPerSecond\":%.0f,\"communesPerSecondOneThread\":%.0f,\"ratioToPlainJava\":%.2f,"
                        + "\"coldStartMs\":%d,\"allocatedKbPerCommune\":%.1f,\"peakHeapMb\":%d,\"threads\":%d,\"communes\":%d,\"agree\":%b}%n",
                engineN, engine1, ratio1, coldStartMs, allocKb, peakHeap >> 20, t, batch.size(), agree);
        out.flush();
        if (sink == 42) err.println();   // never true in practice; reads sink
        return agree ? 0 : 3;
    }

    private double rate(long nanos) { return communes * 1e9 / nanos; }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
