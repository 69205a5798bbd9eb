package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.service.Limits;
import vn.ntm.service.NtmServer;

/** {@code ntm serve} as integrators meet it: the same bytes as the command line, and a clean stop on SIGTERM. */
class ServeTest {
    static final Path EXAMPLE = Path.of("huu-lung");
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static HttpResponse<String> post(int port, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Ví dụ Hữu Lũng qua HTTP: đúng từng byte như dòng lệnh --format json")
    void huuLungSameBytesAsTheCommandLine() throws Exception {
        List<Path> files = List.of(EXAMPLE.resolve("cai-kinh.json"), EXAMPLE.resolve("minh-tien.json"), EXAMPLE.resolve("quyet-thang.json"));
        StringBuilder batch = new StringBuilder("[");
        for (Path f : files) batch.append(batch.length() > 1 ? "," : "").append(Files.readString(f, StandardCharsets.UTF_8));
        batch.append("]");
        CliRun all = CliRun.run("evaluate", "--format", "json", EXAMPLE.toString());
        CliRun one = CliRun.run("evaluate", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString());
        assertEquals(0, all.exit(), all.err());
        try (NtmServer server = NtmServer.start(Evaluator.create(), "127.0.0.1", 0, Limits.defaults())) {
            HttpResponse<String> a = post(server.port(), batch.toString());
            assertEquals(200, a.statusCode());
            assertEquals(all.out(), a.body());
            HttpResponse<String> b = post(server.port(), Files.readString(EXAMPLE.resolve("minh-tien.json"), StandardCharsets.UTF_8));
            assertEquals(one.out(), b.body());
        }
    }

    /** Until the half-sent request is being handled: health counts itself and every other request in flight. */
    static void awaitInFlight(int port) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> h = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (vn.ntm.core.json.NtmJson.mapper().readTree(h.body()).get("inFlight").intValue() >= 2) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the half-sent request never reached the handler");
    }

    @Test
    @DisplayName("SIGTERM: ngừng nhận kết nối mới, trả lời xong yêu cầu đang chạy, thoát mã 0; nhật ký truy cập có mã yêu cầu")
    void sigtermFinishesInFlightAndExitsZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "vn.ntm.cli.NtmCommand",
                "serve", "--port", "0").redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/v1");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    log.append(line).append('\n');
                    Matcher m = listening.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("exited before listening:\n" + log));
        });
        reader.start();
        try {
            int serverPort = port.get(120, TimeUnit.SECONDS);
            byte[] body = Files.readAllBytes(EXAMPLE.resolve("minh-tien.json"));
            String answer;
            try (Socket s = new Socket("127.0.0.1", serverPort)) {
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Request-Id: sigterm-test-1\r\n"
                        + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, 0, body.length / 2);
                out.flush();
                awaitInFlight(serverPort);
                // SIGTERM; Process.destroy() would also close our end of its output, losing the log we check
                p.toHandle().destroy();
                Thread.sleep(500);
                assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", serverPort).close(), "no new connections while stopping");
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                InputStream in = s.getInputStream();
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains("\"achievedCount\" : 14"), "the whole result of Minh Tiến arrived");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
            assertEquals(0, p.exitValue(), log.toString());
            reader.join(5_000);
            assertTrue(log.toString().contains("sigterm-test-1 127.0.0.1 POST /v1/evaluations 200"), log.toString());
            String cold = log.toString().lines().filter(l -> l.contains("first request answered")).findFirst().orElse("");
            System.out.println("ntm serve cold start: " + cold);
        } finally {
            p.destroyForcibly();
        }
    }
}
