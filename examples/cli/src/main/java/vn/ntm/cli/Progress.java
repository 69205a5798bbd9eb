package vn.ntm.cli;

import java.io.PrintWriter;

/** A progress line on stderr for long batches: at most once a second, only past 1,000 items. */
final class Progress {
    private static final int QUIET_BELOW = 1000;
    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        done++;
        if (total < QUIET_BELOW) return;
        long now = System.nanoTime();
        if (now - lastPrint >= 1_000_000_000L) {
            lastPrint = now;
            err.printf("ntm: %,d/%,d communes (%.0f/s)%n", done, total, done * 1e9 / (now - start));
            err.flush();
        }
    }

    void done() {
        if (total >= QUIET_BELOW) {
            long now = System.nanoTime();
            err.printf("ntm: %,d communes in %.1f s%n", done, (now - start) / 1e9);
            err.flush();
        }
    }
}
