package vn.ntm.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ntm.core.json.NtmJson;

/**
 * Routes /v1, checks method and Content-Type, reads bodies within the limits, evaluates on a bounded pool of
 * workers, and writes one access-log line per request with its id. Every answer is JSON, errors included, except the
 * desk formats (workbook, page) that a client of the evaluating endpoints asks for by {@code Accept}.
 */
final class ApiHandler extends Handler.Abstract {
    static final Logger ACCESS = LoggerFactory.getLogger("vn.ntm.service.access");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String SET_PREFIX = "/v1/criteria-sets/";

    private final Api api;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final String idPrefix = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    private final AtomicLong firstAnswerAt = new AtomicLong();
    private volatile java.util.function.LongConsumer onFirstAnswer = at -> { };

    ApiHandler(Api api, ExecutorService workers) {
        this.api = api;
        this.workers = workers;
    }

    /** Wall-clock time (ms since the epoch) of the first answer, 0 before it. */
    long firstAnswerAt() { return firstAnswerAt.get(); }

    /** Called once, with the wall-clock time of the first answer (for the cold-start figure). */
    void onFirstAnswer(java.util.function.LongConsumer listener) { this.onFirstAnswer = listener; }

    /** How many times the body limit a refused request's announced body may be, to be read and dropped first. */
    private static final int DRAIN_FACTOR = 16;

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        String id = requestId(request);
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        response.getHeaders().put("X-Request-Id", id);
        int[] communes = {0};
        Exchange ex = new Exchange(request, response, callback, id, method, path, start, communes);
        try {
            route(ex);
        } catch (ApiException e) {
            ex.refuse(e, DRAIN_FACTOR * (long) api.limits().maxBodyBytes());
        } catch (RuntimeException e) {
            ex.internal(e);
        }
        return true;
    }

    private void route(Exchange ex) {
        String path = ex.path;
        switch (path) {
            case "/v1/evaluations" -> post(ex, api::evaluations);
            case "/v1/district-reports" -> post(ex, api::districtReports);
            case "/v1/criteria-sets" -> get(ex, api::criteriaSets);
            case "/v1/health" -> get(ex, () -> api.health(inFlight.get()));
            case "/v1/openapi.json" -> get(ex, api::openApi);
            default -> {
                if (path.startsWith(SET_PREFIX) && path.length() > SET_PREFIX.length() && path.indexOf('/', SET_PREFIX.length()) < 0) {
                    String id = path.substring(SET_PREFIX.length());
                    get(ex, () -> api.criteriaSet(id));
                } else {
                    throw ApiException.of(404, "(request)", "Không có địa chỉ " + path,
                            "no such resource: " + path + "; see /v1/openapi.json");
                }
            }
        }
    }

    private void get(Exchange ex, java.util.function.Supplier<Api.Reply> answer) {
        if (!ex.method.equals("GET")) throw methodNotAllowed(ex, "GET");
        ex.reply(answer.get());
    }

    private void post(Exchange ex, BiFunction<byte[], OutputFormat, Api.Reply> answer) {
        if (!ex.method.equals("POST")) throw methodNotAllowed(ex, "POST");
        ex.response.getHeaders().put(HttpHeader.VARY, "Accept");
        // refused before the body is read or evaluated
        OutputFormat format = OutputFormat.negotiate(ex.request.getHeaders().get(HttpHeader.ACCEPT));
        checkContentType(ex.request);
        Limits limits = api.limits();
        long declared = ex.request.getLength();
        if (declared > limits.maxBodyBytes()) throw tooLarge(limits);
        BodyReader.read(ex.request, limits.maxBodyBytes())
                .orTimeout(limits.requestTime().toMillis(), TimeUnit.MILLISECONDS)
                .handle((body, failure) -> {
                    Throwable t = failure == null ? null : unwrap(failure);
                    if (t instanceof TimeoutException) {
                        // a client that stalls mid-body (or never sends it) holds no thread, and is cut off here
                        throw new CompletionException(ApiException.of(408, "(request)",
                                "Quá thời gian gửi dữ liệu: tối đa " + limits.requestTime().toSeconds() + " giây",
                                "request time limit: the body must arrive within " + limits.requestTime().toSeconds() + " s"));
                    }
                    if (t != null) throw new CompletionException(t);
                    return body;
                })
                .thenApplyAsync(body -> {
                    Api.Reply r = answer.apply(body, format);
                    ex.communes[0] = r.communes();
                    return r;
                }, workers)
                .orTimeout(limits.requestTime().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((reply, failure) -> {
                    if (failure == null) {
                        ex.reply(reply);
                    } else {
                        ex.failed(unwrap(failure), limits);
                    }
                });
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static ApiException methodNotAllowed(Exchange ex, String allowed) {
        ex.response.getHeaders().put(HttpHeader.ALLOW, allowed);
        return ApiException.of(405, "(request)", "Phương thức " + ex.method + " không dùng được ở " + ex.path + ", chỉ " + allowed,
                "method " + ex.method + " is not allowed on " + ex.path + "; use " + allowed);
    }

    private static ApiException tooLarge(Limits limits) {
        return ApiException.of(413, "(request)",
                "Nội dung gửi lên quá lớn: tối đa " + limits.maxBodyBytes() + " byte; hãy chia thành nhiều yêu cầu",
                "request body size limit: at most " + limits.maxBodyBytes() + " bytes; split the batch");
    }

    /** application/json, UTF-8 (the only charset JSON allows between systems, RFC 8259). */
    private static void checkContentType(Request request) {
        String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        boolean ok = false;
        if (ct != null) {
            String[] parts = ct.split(";");
            ok = parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
            for (int i = 1; i < parts.length && ok; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv[0].trim().equalsIgnoreCase("charset")) {
                    ok = kv.length == 2 && kv[1].trim().replace("\"", "").equalsIgnoreCase("utf-8");
                }
            }
        }
        if (!ok) {
            throw ApiException.of(415, "(request)",
                    "Cần gửi dữ liệu JSON với Content-Type: application/json (UTF-8), nhận được " + (ct == null ? "không có" : "'" + ct + "'"),
                    "Content-Type must be application/json (UTF-8), got " + (ct == null ? "none" : "'" + ct + "'"));
        }
    }

    private String requestId(Request request) {
        String given = request.getHeaders().get("X-Request-Id");
        if (given != null && CLIENT_ID.matcher(given).matches()) return given;
        return idPrefix + "-" + Long.toString(ids.incrementAndGet(), 36);
    }

    /** One request in progress: answered exactly once, then logged. */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final String id;
        final String method;
        final String path;
        final long start;
        final int[] communes;

        Exchange(Request request, Response response, Callback callback, String id, String method, String path, long start, int[] communes) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.id = id;
            this.method = method;
            this.path = path;
            this.start = start;
            this.communes = communes;
        }

        void reply(Api.Reply r) {
            if (r.attachment() != null) {
                response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + r.attachment() + "\"");
            }
            send(r.status(), r.contentType(), r.bytes());
        }

        /**
         * A refusal decided before the body is read (404, 405, 406, 413 by its announced length, 415). A body of a known,
         * moderate length is read and dropped first: a connection closed with unread bytes is reset, and the client's
         * TCP stack may then drop the answer it was sent. A larger or unannounced body is not waited for.
         */
        void refuse(ApiException e, long drainCap) {
            long declared = request.getLength();
            if (declared > 0 && declared <= drainCap) {
                Content.Source.consumeAll(request, Callback.from(() -> error(e), x -> error(e)));
            } else {
                error(e);
            }
        }

        void error(ApiException e) {
            send(e.status(), Api.Reply.JSON, NtmJson.write(NtmJson.errorDocument(e.source(), e.errors())).getBytes(StandardCharsets.UTF_8));
        }

        void failed(Throwable t, Limits limits) {
            if (t instanceof ApiException e) {
                error(e);
            } else if (t instanceof BodyReader.TooLarge) {
                error(tooLarge(limits));
            } else if (t instanceof TimeoutException) {
                error(ApiException.of(503, "(request)",
                        "Quá thời gian đánh giá: tối đa " + limits.requestTime().toSeconds() + " giây; hãy gửi ít hồ sơ hơn mỗi lần",
                        "request time limit: evaluation took longer than " + limits.requestTime().toSeconds() + " s; send smaller batches"));
            } else if (t instanceof RejectedExecutionException) {
                error(ApiException.of(503, "(request)", "Máy chủ đang bận, hãy gửi lại sau",
                        "the server is busy: every worker and queue place is taken; retry later"));
            } else if (t instanceof java.io.IOException || t instanceof org.eclipse.jetty.io.EofException) {
                // the client went away or sent less than it announced: nobody to answer, but log it
                error(ApiException.of(400, "(request)", "Nội dung gửi lên bị cắt ngang",
                        "the request body ended before its announced length"));
            } else {
                internal(t);
            }
        }

        void internal(Throwable t) {
            LoggerFactory.getLogger(ApiHandler.class).error("{} {} {} failed", id, method, path, t);
            error(ApiException.of(500, "(server)", "Lỗi máy chủ; mã yêu cầu " + id,
                    "internal error; request id " + id));
        }

        private void send(int status, String contentType, byte[] bytes) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, ByteBuffer.wrap(bytes), Callback.from(() -> {
                done(status, bytes.length, null);
                callback.succeeded();
            }, x -> {
                done(status, bytes.length, x);
                callback.failed(x);
            }));
        }

        private void done(int status, int bytes, Throwable failure) {
            inFlight.decrementAndGet();
            long now = System.currentTimeMillis();
            if (firstAnswerAt.compareAndSet(0, now)) onFirstAnswer.accept(now);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            ACCESS.info("{} {} {} {} {} {}B {}ms communes={}{}", id, Request.getRemoteAddr(request), method, path, status, bytes, ms,
                    communes[0], failure == null ? "" : " client-gone=" + failure.getClass().getSimpleName());
        }
    }
}
