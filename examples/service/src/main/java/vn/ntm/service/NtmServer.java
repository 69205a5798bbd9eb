package vn.ntm.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.json.NtmJson;

/**
 * The HTTP service on one shared evaluator: Jetty 12 core handlers (no servlet API). Connections are handled by a
 * small bounded thread pool that never blocks on a slow client (bodies are read on demand); evaluation runs on
 * one worker per core with a bounded queue, so an overload is answered 503 instead of piling up.
 */
public final class NtmServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ApiHandler handler;
    private final ThreadPoolExecutor workers;

    private NtmServer(Evaluator evaluator, String bind, int port, Limits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("ntm-http");
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost(bind);
        connector.setPort(port);
        // longer than the request time, so that a stalled client gets its 408 from us before the transport gives up
        connector.setIdleTimeout(limits.requestTime().toMillis() * 2);
        server.addConnector(connector);
        int cores = Runtime.getRuntime().availableProcessors();
        workers = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "ntm-eval");
            t.setDaemon(true);
            return t;
        });
        handler = new ApiHandler(new Api(evaluator, limits), workers);
        // on stop: refuse new requests (503), let those in flight finish within the stop timeout
        server.setHandler(new GracefulHandler(handler) {
            @Override
            protected void handleShutdownRejection(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
                writeError(response, 503, "Máy chủ đang dừng, hãy gửi lại sau (the server is stopping; retry later)", callback);
            }
        });
        server.setStopTimeout(limits.requestTime().toMillis() * 2);
        server.setErrorHandler(NtmServer::jettyError);
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static NtmServer start(Evaluator evaluator, String bind, int port, Limits limits) throws Exception {
        NtmServer s = new NtmServer(evaluator, bind, port, limits);
        s.server.start();
        return s;
    }

    public int port() { return connector.getLocalPort(); }

    /** Wall-clock time (ms since the epoch) of the first answered request, 0 before it. */
    public long firstAnswerAt() { return handler.firstAnswerAt(); }

    /** Called once, with the wall-clock time of the first answered request. */
    public void onFirstAnswer(java.util.function.LongConsumer listener) { handler.onFirstAnswer(listener); }

    /** Graceful: stop accepting, finish what is in flight (up to twice the request time), then release threads. */
    @Override
    public void close() throws Exception {
        server.stop();
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public void join() throws InterruptedException { server.join(); }

    /** Errors Jetty answers itself (a request line or header it cannot parse) are ntm-error/1 documents too. */
    private static boolean jettyError(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        Object s = request.getAttribute(ErrorHandler.ERROR_STATUS);
        int status = s instanceof Integer i ? i : response.getStatus();
        writeError(response, status, "Yêu cầu HTTP không hợp lệ (" + status + ") (the HTTP request could not be read: status " + status + ")",
                callback);
        return true;
    }

    private static void writeError(org.eclipse.jetty.server.Response response, int status, String message, Callback callback) {
        String body = NtmJson.write(NtmJson.errorDocument("request",
                java.util.List.of(new vn.ntm.core.input.InputError("(request)", message, ""))));
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
