package vn.ntm.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.planning.Sweep;
import vn.ntm.core.planning.SweepSpec;

/**
 * {@code ntm bench --sweep}: a sweep of 20 levels of one indicator over synthetic communes of one set, done the fast way
 * (evaluate once, then re-decide only the swept criterion per level) against 20 full evaluations, in the same run.
 * Both must give the same outcomes. The indicator is chosen from the catalog (the first percent indicator with a
 * provisional level), so the bench names no indicator code.
 */
final class SweepBench {
    static final int LEVELS = 20;
    private final Definitions defs;
    private final int communes;
    private final long seed;

    SweepBench(Definitions defs, int communes, long seed) {
        this.defs = defs;
        this.communes = communes;
        this.seed = seed;
    }

    int run(PrintWriter out, PrintWriter err) {
        List<CriteriaSet> sets = List.copyOf(defs.sets().values());
        CriteriaSet set = sets.get(0);
        Indicator ind = pick(set);
        ThresholdEntry t = defs.thresholds(set.id()).find(ind.code(), null, Region.TDMNPB, LocalDate.of(2024, 1, 1));
        BigDecimal from = t.number().subtract(BigDecimal.TEN).max(BigDecimal.ZERO);
        SweepSpec spec = new SweepSpec(ind.code(), from, from.add(BigDecimal.valueOf(LEVELS - 1)), BigDecimal.ONE);

        // the generator cycles through the sets: take the communes of the swept set only
        CommuneGenerator gen = new CommuneGenerator(defs, seed);
        List<Assessment> batch = new ArrayList<>(communes);
        for (int i = 0; batch.size() < communes; i++) {
            Assessment a = gen.commune(i);
            if (a.criteriaSet().equals(set.id())) batch.add(a);
        }
        err.println("bench --sweep: " + communes + " communes of " + set.id() + ", indicator " + ind.code() + " from "
                + spec.from() + " to " + spec.to() + " (" + LEVELS + " levels); warming up");
        warmUp(batch.subList(0, Math.min(2000, batch.size())), spec, set);
        Sweep.prepare(defs, List.of(), false, spec, set.id(), batch);   // the whole batch once, untimed: both ways start warm
        System.gc();   // the warm-up's results are garbage: collecting them is no part of either way's cost

        // levels alternate between the two ways, so that a busy machine slows both alike
        long s0 = System.nanoTime();
        Sweep sweep = Sweep.prepare(defs, List.of(), false, spec, set.id(), batch);   // the one full evaluation
        long sweepNs = System.nanoTime() - s0;
        long fullNs = 0;
        int disagreements = 0;
        int k = 0;
        for (BigDecimal level : spec.levels()) {
            long t0 = System.nanoTime();
            List<Sweep.Outcome> fast = sweep.partial(level);
            long t1 = System.nanoTime();
            List<Sweep.Outcome> ref = sweep.full(level);
            long t2 = System.nanoTime();
            sweepNs += t1 - t0;
            fullNs += t2 - t1;
            for (int i = 0; i < ref.size(); i++) if (!ref.get(i).equals(fast.get(i))) disagreements++;
            err.printf(Locale.ROOT, "bench --sweep: level %d/%d (%s): partial %.2f s, full %.2f s%n", ++k, LEVELS,
                    level.toPlainString(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
        double sweepS = sweepNs / 1e9;
        double fullS = fullNs / 1e9;
        double speedup = fullS / sweepS;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "sweep              : %s %s, %d levels (%s..%s), %d communes, %d cores, load %.1f%n", set.id(),
                ind.code(), LEVELS, spec.from().toPlainString(), spec.to().toPlainString(), batch.size(),
                Runtime.getRuntime().availableProcessors(), load);
        out.printf(Locale.ROOT, "sweep (1 full + %d partial): %.2f s%n", LEVELS, sweepS);
        out.printf(Locale.ROOT, "%d full evaluations     : %.2f s%n", LEVELS, fullS);
        out.printf(Locale.ROOT, "speed-up           : %.1fx, outcomes %s (%d disagreements)%n", speedup,
                disagreements == 0 ? "identical" : "DIFFER", disagreements);
        out.printf(Locale.ROOT, "{\"sweepSpeedup\":%.2f,\"sweepSeconds\":%.3f,\"fullSeconds\":%.3f,\"levels\":%d,\"communes\":%d,"
                        + "\"indicator\":\"%s\",\"identical\":%b,\"loadAverage\":%.2f}%n",
                speedup, sweepS, fullS, LEVELS, batch.size(), ind.code(), disagreements == 0, load);
        out.flush();
        return disagreements == 0 ? 0 : 3;
    }

    private void warmUp(List<Assessment> few, SweepSpec spec, CriteriaSet set) {
        Sweep s = Sweep.prepare(defs, List.of(), false, spec, set.id(), few);
        for (BigDecimal level : spec.levels().subList(0, Math.min(5, spec.levels().size()))) {
            s.partial(level);
            s.full(level);
        }
    }

    /** The first simple, higher-is-better percent indicator whose national level is provisional (a trial level may go below it). */
    private Indicator pick(CriteriaSet set) {
        for (Indicator ind : set.indicators().values()) {
            if (ind.comparator() != Comparator.AT_LEAST || !ind.isPercent()) continue;
            ThresholdEntry t = defs.thresholds(set.id()).find(ind.code(), null, Region.TDMNPB, LocalDate.of(2024, 1, 1));
            if (t != null && t.verification() == Verification.PROVISIONAL && t.number() != null
                    && t.number().compareTo(BigDecimal.valueOf(80)) <= 0) return ind;
        }
        throw new IllegalStateException("no percent indicator with a provisional level in " + set.id());
    }
}
