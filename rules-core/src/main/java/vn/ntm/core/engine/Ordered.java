package vn.ntm.core.engine;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on several threads and hands results to a sink on the calling thread, in input order, as soon as a
 * result and every earlier one are done. A bounded window of items is in flight, so memory stays flat however many
 * items there are. A failure of {@code f} is rethrown after the results before it have been delivered.
 */
public final class Ordered {
    private Ordered() { }

    /**
     * @param perThread how many items per worker may be in flight: enough to keep every worker busy
     */
    public static <T, R> void map(Iterator<T> it, Function<T, R> f, int threads, int perThread, Consumer<R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ntm-worker");
            t.setDaemon(true);
            return t;
        });
        int window = Math.max(1, threads) * Math.max(1, perThread);
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            while (it.hasNext()) {
                T item = it.next();
                inFlight.add(pool.submit(() -> f.apply(item)));
                if (inFlight.size() >= window) sink.accept(get(inFlight.poll()));
            }
            while (!inFlight.isEmpty()) sink.accept(get(inFlight.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }
}
