package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicIntegerArray;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.result.AssessmentResult;

/**
 * Evaluates the items of a batch, each with its companion assessment from the same batch (see
 * {@link Companions#usable}). Companions are evaluated on demand, once, and only their small summary is kept, and
 * only until the last item that needs it is done. Thread-safe: items may be evaluated in any order on any thread.
 */
public final class CompanionResolver {
    private final Evaluator evaluator;
    private final AssessmentSource source;
    private final int[] companion;
    /** How many items still need each companion's summary. */
    private final AtomicIntegerArray uses;
    private final Map<Integer, FutureTask<Companions.Summary>> summaries = new ConcurrentHashMap<>();

    CompanionResolver(Evaluator evaluator, AssessmentSource source) {
        this.evaluator = evaluator;
        this.source = source;
        int n = source.size();
        Definitions defs = evaluator.definitions();
        AssessmentSource.Key[] keys = new AssessmentSource.Key[n];
        Map<String, List<Integer>> byCommuneAndSet = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = source.key(i);
            if (keys[i] != null) {
                byCommuneAndSet.computeIfAbsent(keys[i].commune() + "\u0000" + keys[i].criteriaSet(), k -> new ArrayList<>(1)).add(i);
            }
        }
        companion = new int[n];
        uses = new AtomicIntegerArray(n);
        for (int i = 0; i < n; i++) {
            companion[i] = -1;
            CriteriaSet set = keys[i] == null ? null : defs.set(keys[i].criteriaSet());
            if (set == null || set.prerequisiteSet() == null) continue;
            int best = -1;
            for (int j : byCommuneAndSet.getOrDefault(keys[i].commune() + "\u0000" + set.prerequisiteSet(), List.of())) {
                if (Companions.usable(set, keys[i], keys[j])
                        && (best < 0 || !keys[j].assessedOn().isBefore(keys[best].assessedOn()))) best = j;
            }
            companion[i] = best;
            if (best >= 0) uses.incrementAndGet(best);
        }
    }

    public int size() { return source.size(); }

    /** Item {@code i}, read from the source and evaluated with its companion. */
    public AssessmentResult evaluate(int i) {
        return evaluate(i, source.load(i));
    }

    /**
     * Item {@code i}, already read by the caller, evaluated with its companion.
     *
     * @throws InvalidAssessmentException when it is not valid
     */
    public AssessmentResult evaluate(int i, Assessment a) {
        AssessmentResult r = compute(i, a);
        int j = companion[i];
        if (j >= 0 && uses.decrementAndGet(j) <= 0) summaries.remove(j);
        return r;
    }

    private AssessmentResult compute(int i, Assessment a) {
        evaluator.validateOrThrow(a);
        int j = companion[i];
        return evaluator.run(a, j < 0 ? null : summary(j));
    }

    private Companions.Summary summary(int j) {
        FutureTask<Companions.Summary> task = new FutureTask<>(() -> {
            try {
                return Companions.Summary.of(compute(j, source.load(j)));
            } catch (InvalidAssessmentException e) {
                return null; // an invalid companion stands for nothing; the item itself reports it
            }
        });
        FutureTask<Companions.Summary> existing = summaries.putIfAbsent(j, task);
        if (existing == null) task.run(); else task = existing;
        try {
            Companions.Summary s = task.get();
            // every item that needs it may already be done (it was asked for by its own chain): keep nothing
            if (uses.get(j) <= 0) summaries.remove(j);
            return s;
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
