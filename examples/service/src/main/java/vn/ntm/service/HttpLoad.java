package vn.ntm.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded load run against a service on 127.0.0.1: client threads send a steady mix of single assessments and
 * batches for a fixed time (or until a request budget is spent) and check every answer byte for byte against the
 * expected document. With faults, one request in ten is malformed, oversized, truncated, or sent half and stalled;
 * each must get its own refusal (or none, for a client that hangs up) while the good ones stay correct.
 */
final class HttpLoad {
    /** A request the run sends, and the answer it must get. */
    record Case(String name, byte[] body, int status, byte[] expected, int communes) { }

    /** What a run measured. */
    record Figures(long requests, long communes, double seconds, long[] latenciesMicros, long errors, long faultsSent,
                   long faultsUnexpected, long heapBeforeBytes, long heapAfterBytes, List<String> firstErrors) {
        double requestsPerSecond() { return requests / seconds; }

        double communesPerSecond() { return communes / seconds; }

        long percentileMicros(double p) {
            if (latenciesMicros.length == 0) return 0;
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    private final int port;
    private final List<Case> good;
    private final Limits limits;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpLoad(int port, List<Case> good, Limits limits) {
        this.port = port;
        this.good = good;
        this.limits = limits;
    }

    Figures run(int threads, Duration length, long maxRequests, boolean faults, PrintStream progress) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        LongAdder requests = new LongAdder();
        LongAdder communes = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder faultsSent = new LongAdder();
        LongAdder faultsUnexpected = new LongAdder();
        AtomicLong budget = new AtomicLong(maxRequests);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(2024 + t);
            Thread w = new Thread(() -> {
                while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                    if (faults && random.nextInt(10) == 0) {
                        faultsSent.increment();
                        String wrong = fault(random.nextInt(5));
                        if (wrong != null) {
                            faultsUnexpected.increment();
                            if (firstErrors.size() < 5) firstErrors.add(wrong);
                        }
                        continue;
                    }
                    Case c = good.get(random.nextInt(good.size()));
                    long t0 = System.nanoTime();
                    String wrong = send(c);
                    long micros = (System.nanoTime() - t0) / 1000;
                    requests.increment();
                    if (wrong == null) {
                        communes.add(c.communes());
                        latencies.add(micros);
                    } else {
                        errors.increment();
                        if (firstErrors.size() < 5) firstErrors.add(wrong);
                    }
                }
            }, "bench-http-" + t);
            workers.add(w);
            w.start();
        }
        long nextReport = System.nanoTime() + 5_000_000_000L;
        for (Thread w : workers) {
            while (w.isAlive()) {
                w.join(500);
                if (System.nanoTime() > nextReport && progress != null) {
                    progress.printf("bench-http: %,d requests, %,d errors, %.0f s%n", requests.sum(), errors.sum(), (System.nanoTime() - start) / 1e9);
                    nextReport += 5_000_000_000L;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = heapAfterGc(memory);
        long[] lat = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Figures(requests.sum(), communes.sum(), seconds, lat, errors.sum(), faultsSent.sum(), faultsUnexpected.sum(),
                heapBefore, heapAfter, List.copyOf(firstErrors));
    }

    /** Sends a good request; null when the answer is exactly the expected one, else what was wrong. */
    private String send(Case c) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build();
            HttpResponse<byte[]> a = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (a.statusCode() != c.status()) return c.name() + ": status " + a.statusCode();
            if (!Arrays.equals(a.body(), c.expected())) return c.name() + ": answer differs from the expected document";
            return null;
        } catch (IOException e) {
            return c.name() + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return c.name() + ": interrupted";
        }
    }

    /** One faulty request; null when the server answered it as it should. */
    private String fault(int kind) {
        byte[] body = good.get(0).body();
        try {
            switch (kind) {
                case 0 -> { // malformed JSON, well-formed HTTP
                    String a = raw(head(body.length / 2, null), Arrays.copyOf(body, body.length / 2));
                    return a.startsWith("HTTP/1.1 400") ? null : "malformed: " + firstLine(a);
                }
                case 1 -> { // oversized, announced
                    byte[] big = new byte[limits.maxBodyBytes() + 1];
                    Arrays.fill(big, (byte) ' ');
                    String a = raw(head(big.length, null), big);
                    return a.startsWith("HTTP/1.1 413") ? null : "oversized: " + firstLine(a);
                }
                case 2 -> { // oversized, chunked: the size is only known while reading
                    String a = raw(head(-1, null), chunked(limits.maxBodyBytes() + 1));
                    return a.startsWith("HTTP/1.1 413") ? null : "oversized chunked: " + firstLine(a);
                }
                case 3 -> { // truncated: announces the whole body, sends half, hangs up
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        OutputStream out = s.getOutputStream();
                        out.write(head(body.length, null).getBytes(StandardCharsets.ISO_8859_1));
                        out.write(body, 0, body.length / 2);
                        out.flush();
                    }
                    return null;
                }
                default -> { // slow client: half a body, then silence until the server gives up on it
                    String a = raw(head(body.length, null), Arrays.copyOf(body, body.length / 2));
                    return a.startsWith("HTTP/1.1 408") ? null : "stalled: " + firstLine(a);
                }
            }
        } catch (IOException e) {
            return "fault " + kind + ": " + e;
        }
    }

    private static String head(int length, String extra) {
        return "POST /v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + (length < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                + (extra == null ? "" : extra) + "\r\n";
    }

    private static byte[] chunked(int size) {
        StringBuilder sb = new StringBuilder();
        int chunk = 8192;
        for (int sent = 0; sent < size; sent += chunk) {
            int n = Math.min(chunk, size - sent);
            sb.append(Integer.toHexString(n)).append("\r\n").append(" ".repeat(n)).append("\r\n");
        }
        sb.append("0\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Raw bytes on a socket; reads the answer (the server closes, or the read times out). */
    private String raw(String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            // generous: on a busy machine the refusal may come late, but it must come
            s.setSoTimeout((int) Math.max(30_000, limits.requestTime().toMillis() * 3));
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may refuse before the whole body is sent: its answer is still there to read
            }
            InputStream in = s.getInputStream();
            byte[] answer = in.readNBytes(4096);
            return new String(answer, StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\r');
        return i < 0 ? (s.isEmpty() ? "(no answer)" : s) : s.substring(0, i);
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
