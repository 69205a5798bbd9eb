package vn.ntm.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/** Maps items on several threads and hands results to a sink on the calling thread, in input order. */
final class Ordered {
    private Ordered() { }

    static <T, R> void map(Iterable<T> items, Function<T, R> f, int threads, Consumer<R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ntm-batch");
            t.setDaemon(true);
            return t;
        });
        int window = Math.max(1, threads) * 16;   // bounded: memory stays flat with the number of items
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            Iterator<T> it = items.iterator();
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
