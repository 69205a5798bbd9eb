package vn.ntm.service;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Evaluator;

/** {@code ntm serve [--port 8080] [--bind 127.0.0.1] [--overlay FILE]... [--strict]}: the JSON contract over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Dịch vụ HTTP cho hệ thống khác gọi (HTTP service: POST /v1/evaluations, /v1/district-reports; "
                + "GET /v1/criteria-sets, /v1/health, /v1/openapi.json). SIGTERM stops it gracefully (exit 0).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", defaultValue = "8080", description = "port (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--overlay", paramLabel = "FILE", description = "provincial threshold overlay (ntm-overlay/1), repeatable")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--strict", description = "treat results resting on unverified thresholds as no data")
    boolean strict;

    @Option(names = "--max-body", defaultValue = "4194304", description = "request body limit in bytes (default 4 MiB)")
    int maxBody;

    @Option(names = "--max-batch", defaultValue = "200", description = "assessments per request (default 200)")
    int maxBatch;

    @Option(names = "--max-depth", defaultValue = "16", description = "JSON nesting depth (default 16)")
    int maxDepth;

    @Option(names = "--request-timeout", defaultValue = "20", description = "seconds to receive a body, and to evaluate it (default 20)")
    int requestTimeout;

    @Override
    public Integer call() throws Exception {
        long t0 = System.currentTimeMillis();
        Evaluator evaluator;
        try {
            Evaluator.Builder b = Evaluator.builder().strict(strict);
            overlays.forEach(b::overlay);
            evaluator = b.build();
        } catch (DefinitionsException e) {
            System.err.println("ntm: " + e.getMessage());
            return 2;
        }
        Limits limits = new Limits(maxBody, maxBatch, maxDepth, Duration.ofSeconds(requestTimeout));
        long t1 = System.currentTimeMillis();
        NtmServer server = NtmServer.start(evaluator, bind, port, limits);
        long t2 = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("listening on http://{}:{}/v1, {} ms after JVM start (rules and law data {} ms, HTTP server {} ms)",
                bind, server.port(), t2 - jvmStart, t1 - t0, t2 - t1);
        System.err.println("ntm serve: listening on http://" + bind + ":" + server.port() + "/v1");
        server.onFirstAnswer(at -> LOG.info("first request answered {} ms after JVM start", at - jvmStart));
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                LOG.info("stopping: no new connections, finishing requests in flight");
                server.close();
                LOG.info("stopped");
            } catch (Exception e) {
                LOG.error("stop failed", e);
            } finally {
                stopped.countDown();
            }
        };
        // SIGTERM (and Ctrl-C) stop gracefully and the process exits 0: a shutdown hook alone would exit 143
        Signals.onTermination(() -> new Thread(stop, "ntm-stop").start());
        stopped.await();
        return 0;
    }
}
