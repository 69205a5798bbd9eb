package vn.ntm.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client on 127.0.0.1 (java.net.http), and a raw socket for what well-behaved clients never send. */
record Http(int port) {
    record Answer(int status, String body, java.net.http.HttpHeaders headers) { }

    record Bytes(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    /** A JSON body posted with the given Accept header, the answer kept as bytes (workbooks are binary). */
    Bytes postAccepting(String path, String accept, String body) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> a = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(a.statusCode(), a.body(), a.headers());
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b);
    }

    Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
        // a new client (and connection) per request: a connection the server closed after refusing a body must not be
        // picked from the pool for the next request of the test
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r.headers());
    }

    URI uri(String path) { return URI.create("http://127.0.0.1:" + port + path); }

    /** Sends raw bytes (request line, headers and whatever part of a body), then reads the answer until close or timeout. */
    String raw(String head, byte[] body, int stallMillis) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            if (stallMillis > 0) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
