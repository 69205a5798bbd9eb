package vn.ntm.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;

/**
 * {@code ntm bench-http [--seconds 60] [--threads 4] [--batch 10] [--faults]}: starts the service on 127.0.0.1 (a free
 * port) in this JVM, loads it, and prints the figures. Bounded in time and in requests; it stops by itself.
 */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = "Đo tải dịch vụ HTTP trên 127.0.0.1 (load test of the HTTP service: requests/s, communes/s, latency "
                + "percentiles, errors, heap before and after; --faults mixes in 10 % bad, oversized, truncated and stalled requests).")
public final class BenchHttpCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "60", description = "length of the run (default 60)")
    int seconds;

    @Option(names = "--threads", defaultValue = "4", description = "client threads (default 4)")
    int threads;

    @Option(names = "--batch", defaultValue = "10", description = "assessments per batch request (default 10); 7 in 10 requests are single")
    int batch;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "stop after this many requests even if time is left")
    long maxRequests;

    @Option(names = "--faults", description = "one request in ten is malformed, oversized, truncated or stalls half-way")
    boolean faults;

    @Option(names = "--request-timeout", defaultValue = "3", description = "the server's request time limit in seconds (default 3)")
    int requestTimeout;

    @Option(names = "--data", defaultValue = "examples/huu-lung", paramLabel = "DIR", description = "assessment files to send (default examples/huu-lung)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Evaluator evaluator = Evaluator.create();
        Limits defaults = Limits.defaults();
        Limits limits = new Limits(defaults.maxBodyBytes(), defaults.maxBatch(), defaults.maxDepth(), Duration.ofSeconds(requestTimeout));
        List<HttpLoad.Case> cases = cases(evaluator, data, batch);
        try (NtmServer server = NtmServer.start(evaluator, "127.0.0.1", 0, limits)) {
            HttpLoad load = new HttpLoad(server.port(), cases, limits);
            System.err.println("bench-http: warming up");
            load.run(threads, Duration.ofSeconds(Math.min(5, Math.max(1, seconds / 10))), maxRequests, false, null);
            System.err.printf("bench-http: %d s, %d client threads, %s%n", seconds, threads, faults ? "10 % faults" : "good requests only");
            HttpLoad.Figures f = load.run(threads, Duration.ofSeconds(seconds), maxRequests, faults, System.err);
            System.err.println("bench-http: baseline, the same mix answered by the service code in-process (no HTTP)");
            double baseline = inProcess(evaluator, limits, cases, threads, Duration.ofSeconds(Math.max(2, seconds / 4)));
            print(f, baseline);
            return f.errors() == 0 && f.faultsUnexpected() == 0 ? 0 : 1;
        }
    }

    /** Single requests for each file and batches of {@code batch} starting at each file, with their expected answers. */
    static List<HttpLoad.Case> cases(Evaluator evaluator, Path dir, int batch) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no *.json assessment files in " + dir);
        List<byte[]> bodies = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bodies.add(b);
            assessments.add(NtmJson.readAssessment(b, f.toString(), evaluator.definitions()));
        }
        List<HttpLoad.Case> cases = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] expected = NtmJson.write(evaluator.evaluate(assessments.get(i))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // 7 singles for every 3 batches
            for (int k = 0; k < 7; k++) cases.add(new HttpLoad.Case("single " + files.get(i).getFileName(), bodies.get(i), 200, expected, 1));
        }
        for (int start = 0; start < 3; start++) {
            StringBuilder body = new StringBuilder("[");
            List<Assessment> list = new ArrayList<>();
            for (int j = 0; j < batch; j++) {
                int i = (start + j) % files.size();
                if (j > 0) body.append(',');
                body.append(new String(bodies.get(i), java.nio.charset.StandardCharsets.UTF_8));
                list.add(assessments.get(i));
            }
            body.append(']');
            byte[] expected = NtmJson.write(evaluator.evaluateAll(list)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int k = 0; k < files.size(); k++) {
                cases.add(new HttpLoad.Case("batch of " + batch, body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 200, expected, batch));
            }
        }
        return cases;
    }

    /**
     * Communes per second when the same requests are answered by the service's own code in this JVM, without HTTP:
     * the baseline the HTTP figure is compared with.
     */
    static double inProcess(Evaluator evaluator, Limits limits, List<HttpLoad.Case> cases, int threads, Duration length)
            throws InterruptedException {
        Api api = new Api(evaluator, limits);
        java.util.concurrent.atomic.LongAdder communes = new java.util.concurrent.atomic.LongAdder();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            java.util.Random random = new java.util.Random(7 + t);
            Thread w = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpLoad.Case c = cases.get(random.nextInt(cases.size()));
                    communes.add(api.evaluations(c.body()).communes());
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) w.join();
        return communes.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static void print(HttpLoad.Figures f, double baseline) {
        Locale l = Locale.ROOT;
        System.out.printf(l, "machine            : %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(l, "requests           : %,d good in %.1f s (%,.0f requests/s, %,.0f communes/s)%n",
                f.requests(), f.seconds(), f.requestsPerSecond(), f.communesPerSecond());
        System.out.printf(l, "in-process baseline: %,.0f communes/s (same mix, no HTTP); HTTP reaches %.0f %% of it%n",
                baseline, 100 * f.communesPerSecond() / baseline);
        System.out.printf(l, "latency            : p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                f.percentileMicros(50) / 1000.0, f.percentileMicros(95) / 1000.0, f.percentileMicros(99) / 1000.0);
        System.out.printf(l, "errors             : %d (wrong status or wrong bytes among good requests)%n", f.errors());
        if (f.faultsSent() > 0) {
            System.out.printf(l, "faults             : %,d sent, %d answered other than expected%n", f.faultsSent(), f.faultsUnexpected());
        }
        System.out.printf(l, "heap after full GC : %.1f MB before, %.1f MB after (server and client share this JVM)%n",
                f.heapBeforeBytes() / 1048576.0, f.heapAfterBytes() / 1048576.0);
        f.firstErrors().forEach(e -> System.out.println("  error: " + e));
        System.out.printf(l, "{\"requestsPerSecond\":%.0f,\"communesPerSecond\":%.0f,\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"p99Ms\":%.1f,"
                        + "\"errors\":%d,\"faults\":%d,\"faultsUnexpected\":%d,\"heapBeforeMb\":%.1f,\"heapAfterMb\":%.1f,"
                        + "\"baselineCommunesPerSecond\":%.0f}%n",
                f.requestsPerSecond(), f.communesPerSecond(), f.percentileMicros(50) / 1000.0, f.percentileMicros(95) / 1000.0,
                f.percentileMicros(99) / 1000.0, f.errors(), f.faultsSent(), f.faultsUnexpected(),
                f.heapBeforeBytes() / 1048576.0, f.heapAfterBytes() / 1048576.0, baseline);
    }
}
