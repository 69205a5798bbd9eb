package vn.ntm.cli;

import java.io.PrintWriter;

/**
 * Progress lines on stderr for long runs, phase by phase (first pass over the files, evaluation, report): at most
 * once a second, only for 1,000 items or more, and a closing line per phase with its time.
 */
final class Progress {
    private static final int QUIET_BELOW = 1000;
    private final PrintWriter err;
    private String phase = "đánh giá (evaluating)";
    private int total;
    private long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Starts a phase of {@code total} steps. */
    void phase(String name, int total) {
        this.phase = name;
        this.total = total;
        this.done = 0;
        this.start = System.nanoTime();
        this.lastPrint = start;
    }

    void step() {
        done++;
        if (total < QUIET_BELOW) return;
        long now = System.nanoTime();
        if (now - lastPrint >= 1_000_000_000L) {
            lastPrint = now;
            err.printf("ntm: %s: %,d/%,d (%.0f/s)%n", phase, done, total, done * 1e9 / (now - start));
            err.flush();
        }
    }

    void done() {
        if (total >= QUIET_BELOW) {
            long now = System.nanoTime();
            err.printf("ntm: %s: %,d in %.1f s%n", phase, done, (now - start) / 1e9);
            err.flush();
        }
    }
}
