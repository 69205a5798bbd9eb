package vn.ntm.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.EntryPoint;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.facts.CriterionFact;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.facts.ProvidedEvidence;
import vn.ntm.core.facts.ResolvedThreshold;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.AssessmentValidator;
import vn.ntm.core.input.EvidenceItem;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.result.AssessmentResult;

/**
 * Evaluates commune assessments against the criteria sets. Build once, share freely: an evaluator is
 * immutable and thread-safe (each evaluation runs in its own rule session taken from a pool).
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.create();
 * AssessmentResult r = ev.evaluate(assessment);
 * }</pre>
 */
public final class Evaluator {
    /** Drools' name for the entry point that plain {@code insert} uses. */
    private static final String DEFAULT_ENTRY_POINT = "DEFAULT";
    private final Definitions definitions;
    private final List<Overlay> overlays;
    private final boolean strict;
    private final Parameters parameters;
    private final Map<String, KieSessionsPool> pools = new LinkedHashMap<>();
    /** Criterion anchors are immutable and the same for every commune: made once, shared by all sessions. */
    private final Map<String, List<CriterionFact>> criterionFacts = new LinkedHashMap<>();

    private Evaluator(Definitions definitions, List<Overlay> overlays, boolean strict, Parameters parameters) {
        this.definitions = definitions;
        this.overlays = List.copyOf(overlays);
        this.strict = strict;
        this.parameters = parameters;
        for (String set : definitions.sets().keySet()) {
            KieBase kb = definitions.kieBase(set);
            // sessions are reset and reused: creating one per commune costs more than the rules themselves
            pools.put(set, kb.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
            criterionFacts.put(set, definitions.set(set).criteria().stream().map(CriterionFact::new).toList());
        }
    }

    /** An evaluator over every criteria set on the classpath, national thresholds only. */
    public static Evaluator create() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    public Definitions definitions() { return definitions; }

    public boolean strict() { return strict; }

    public List<Overlay> overlays() { return overlays; }

    public Parameters parameters() { return parameters; }

    /**
     * Evaluates one assessment.
     *
     * @throws InvalidAssessmentException with every problem found, before anything is evaluated
     */
    public AssessmentResult evaluate(Assessment a) {
        validateOrThrow(a);
        return run(a, null);
    }

    void validateOrThrow(Assessment a) {
        List<InputError> errors = AssessmentValidator.validate(a, definitions);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(a.commune() == null ? null : a.commune().code(), errors);
    }

    /**
     * Evaluates one assessment whose set builds on another (e.g. nâng cao on xã NTM), with the commune's already
     * evaluated result under that other set as its companion. The companion counts only if it is of the same commune,
     * under the prerequisite set and dated on or before the assessment (the rule every entry point follows).
     */
    public AssessmentResult evaluate(Assessment a, AssessmentResult companion) {
        validateOrThrow(a);
        CriteriaSet set = definitions.set(a.criteriaSet());
        boolean usable = companion != null && Companions.usable(set, Companions.key(a), Companions.key(companion));
        return run(a, usable ? Companions.Summary.of(companion) : null);
    }

    /**
     * Evaluates many assessments on all cores; results come back in input order. All are validated first.
     * An assessment of the same commune under a prerequisite set (e.g. xã NTM for nâng cao) serves as its companion:
     * the latest one dated on or before it, whatever the order of the list.
     */
    public List<AssessmentResult> evaluateAll(Collection<Assessment> assessments) {
        List<InputError> errors = new ArrayList<>();
        int i = 0;
        for (Assessment a : assessments) {
            for (InputError e : AssessmentValidator.validate(a, definitions)) {
                errors.add(new InputError("[" + i + "]." + e.path(), e.message()));
            }
            i++;
        }
        if (!errors.isEmpty()) throw new InvalidAssessmentException("batch", errors);
        List<AssessmentResult> out = new ArrayList<>(assessments.size());
        evaluateStream(AssessmentSource.of(List.copyOf(assessments)), out::add);
        return out;
    }

    /** A batch whose items are evaluated with their companions from the same batch, in any order, on any thread. */
    public CompanionResolver batch(AssessmentSource source) { return new CompanionResolver(this, source); }

    /**
     * Evaluates a batch on all cores, each item with its companion from the same batch, handing results to
     * {@code sink} in input order (on the calling thread). Items are read from the source on demand, so memory stays
     * flat; an invalid item stops the batch with {@link InvalidAssessmentException}.
     */
    public void evaluateStream(AssessmentSource source, Consumer<AssessmentResult> sink) {
        evaluateStream(source, sink, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #evaluateStream(AssessmentSource, Consumer)} with {@code threads} workers. */
    public void evaluateStream(AssessmentSource source, Consumer<AssessmentResult> sink, int threads) {
        CompanionResolver batch = batch(source);
        java.util.Iterator<Integer> items = java.util.stream.IntStream.range(0, source.size()).iterator();
        if (threads <= 1) {
            while (items.hasNext()) sink.accept(batch.evaluate(items.next()));
            return;
        }
        Ordered.map(items, batch::evaluate, threads, 64, sink);
    }

    /**
     * Evaluates a stream of assessments on all cores and hands each result to {@code sink} in input order, as
     * soon as it and every earlier one are done. Memory stays flat however long the stream: at most a small
     * window of assessments is in flight. Each assessment is validated just before it is evaluated; an invalid
     * one stops the stream with {@link InvalidAssessmentException} (results before it have been delivered).
     * The sink is called from the calling thread only.
     *
     * <p>A stream is read once, so it cannot look ahead for companion assessments: each assessment stands on its own
     * (and on its recognition record). For a batch with companions give an {@link AssessmentSource} instead.
     */
    public void evaluateStream(Stream<Assessment> assessments, Consumer<AssessmentResult> sink) {
        evaluateStream(assessments, sink, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #evaluateStream(Stream, Consumer)} with {@code threads} workers (1 = on the calling thread). */
    public void evaluateStream(Stream<Assessment> assessments, Consumer<AssessmentResult> sink, int threads) {
        if (threads <= 1) {
            assessments.sequential().forEachOrdered(a -> sink.accept(evaluate(a)));
            return;
        }
        // a bounded window keeps order and caps memory: enough in flight to keep every worker busy
        Ordered.map(assessments.iterator(), this::evaluate, threads, 64, sink);
    }

    AssessmentResult run(Assessment a, Companions.Summary companion) {
        CriteriaSet set = definitions.set(a.criteriaSet());
        List<IndicatorCheck> checks = checks(a, set);
        KieSession session = pools.get(set.id()).newKieSession();
        try {
            // one entry-point lookup instead of one per fact
            EntryPoint facts = session.getEntryPoint(DEFAULT_ENTRY_POINT);
            for (IndicatorCheck c : checks) facts.insert(c);
            for (CriterionFact c : criterionFacts.get(set.id())) facts.insert(c);
            for (EvidenceItem e : a.evidence()) facts.insert(new ProvidedEvidence(e.indicator(), e.document()));
            if (set.prerequisiteSet() != null) facts.insert(Companions.prerequisite(set, a, companion));
            session.fireAllRules();
            Collected collected = new Collected();
            for (Object o : session.getObjects()) collected.add(o);
            return new ResultBuilder(definitions, parameters, set, a, strict).build(collected);
        } finally {
            session.dispose();
        }
    }

    /** One fact per catalog indicator, with the threshold in force for this commune and day. */
    List<IndicatorCheck> checks(Assessment a, CriteriaSet set) {
        ThresholdTable national = definitions.thresholds(set.id());
        ThresholdTable provincial = null;
        for (Overlay o : overlays) {
            if (o.appliesTo(a.commune().province(), set.id())) { provincial = o.table(); break; }
        }
        Region region = a.commune().thresholdRegion();
        List<IndicatorCheck> out = new ArrayList<>(set.indicators().size());
        for (Indicator ind : set.indicators().values()) {
            ResolvedThreshold t;
            if (ind.isComposite()) {
                Map<String, ThresholdEntry> parts = new LinkedHashMap<>();
                NoDataReason problem = null;
                for (Part p : ind.parts()) {
                    ThresholdEntry e = find(national, provincial, ind.code(), p.name(), region, a);
                    parts.put(p.name(), e);
                    if (problem == null) problem = problem(e);
                }
                t = new ResolvedThreshold(null, parts, problem);
            } else {
                ThresholdEntry e = find(national, provincial, ind.code(), null, region, a);
                t = new ResolvedThreshold(e, null, problem(e));
            }
            out.add(new IndicatorCheck(ind, a.notApplicable().contains(ind.code()), a.indicators().get(ind.code()), t));
        }
        return out;
    }

    private static ThresholdEntry find(ThresholdTable national, ThresholdTable provincial, String code, String part,
                                       Region region, Assessment a) {
        if (provincial != null) {
            ThresholdEntry e = provincial.find(code, part, region, a.assessedOn());
            if (e != null) return e;
        }
        return national.find(code, part, region, a.assessedOn());
    }

    private NoDataReason problem(ThresholdEntry e) {
        if (e == null) return NoDataReason.NO_THRESHOLD_IN_FORCE;
        if (e.verification() == Verification.UNKNOWN) return NoDataReason.THRESHOLD_UNKNOWN;
        if (strict && e.verification() != Verification.VERIFIED) return NoDataReason.THRESHOLD_UNVERIFIED_STRICT;
        return null;
    }

    /** Builds evaluators. */
    public static final class Builder {
        private Definitions definitions;
        private final List<Path> overlayPaths = new ArrayList<>();
        private final List<Overlay> overlays = new ArrayList<>();
        private boolean strict;
        private final List<Parameters.Entry> parameterOverrides = new ArrayList<>();

        public Builder definitions(Definitions d) { this.definitions = d; return this; }

        /** Adds a provincial overlay file (ntm-overlay/1, YAML or JSON). */
        public Builder overlay(Path file) { overlayPaths.add(file); return this; }

        public Builder overlay(Overlay o) { overlays.add(o); return this; }

        /** Strict mode: results that would rest on an unverified threshold become NO_DATA. */
        public Builder strict(boolean s) { this.strict = s; return this; }

        /** Replaces a legal parameter (e.g. the required satisfaction rate) with the caller's own cited value. */
        public Builder parameter(Parameters.Entry e) { parameterOverrides.add(e); return this; }

        public Evaluator build() {
            Definitions d = definitions != null ? definitions : Definitions.load();
            List<Overlay> all = new ArrayList<>(overlays);
            for (Path p : overlayPaths) all.add(Overlay.load(p, d));
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    Overlay x = all.get(i);
                    Overlay y = all.get(j);
                    if (x.appliesTo(y.province(), y.criteriaSet())) {
                        throw new DefinitionsException("two overlays for " + x.province() + " / " + x.criteriaSet()
                                + ": " + x.source() + " and " + y.source() + " (merge them into one)");
                    }
                }
            }
            Parameters params = d.parameters();
            for (Parameters.Entry e : parameterOverrides) params = params.with(e);
            return new Evaluator(d, all, strict, params);
        }
    }
}
