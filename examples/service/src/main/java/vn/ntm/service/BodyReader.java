package vn.ntm.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without holding a thread while the client is slow: each chunk is taken when it arrives
 * (Jetty calls back on demand), and reading stops at the size limit.
 */
final class BodyReader implements Runnable {
    /** The body grew past the limit (the client did not say so in Content-Length). */
    static final class TooLarge extends RuntimeException {
        TooLarge() { super("body too large", null, false, false); }
    }

    private final Request request;
    private final int max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();

    private BodyReader(Request request, int max) {
        this.request = request;
        this.max = max;
    }

    static CompletableFuture<byte[]> read(Request request, int max) {
        BodyReader r = new BodyReader(request, max);
        r.run();
        return r.done;
    }

    @Override
    public void run() {
        while (!done.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer b = chunk.getByteBuffer();
            if (buffer.size() + b.remaining() > max) {
                chunk.release();
                done.completeExceptionally(new TooLarge());
                return;
            }
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            buffer.write(bytes, 0, bytes.length);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) done.complete(buffer.toByteArray());
        }
    }
}
