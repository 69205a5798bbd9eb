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
    /** What-if levels, consulted before the current overlays (empty for an ordinary evaluator). */
    private final List<Overlay> proposals;
    private final Map<String, java.util.Optional<ThresholdTable>> proposedTables = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean strict;
    private final Parameters parameters;
    private final Map<String, KieSessionsPool> pools = new LinkedHashMap<>();
    /** Criterion anchors are immutable and the same for every commune: made once, shared by all sessions. */
    private final Map<String, List<CriterionFact>> criterionFacts = new LinkedHashMap<>();

    private Evaluator(Definitions definitions, List<Overlay> overlays, List<Overlay> proposals, boolean strict,
                      Parameters parameters) {
        this.definitions = definitions;
        this.overlays = List.copyOf(overlays);
        this.proposals = List.copyOf(proposals);
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

    /** The proposed overlays (what-if), each consulted before the current overlays of its province. */
    public List<Overlay> proposals() { return proposals; }

    public Parameters parameters() { return parameters; }

    /**
     * Evaluates one assessment.
     *
     * @throws InvalidAssessmentException with every problem found, before anything is evaluated
     */
    public AssessmentResult evaluate(Assessment a) {
        List<InputError> errors = AssessmentValidator.validate(a, definitions);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(a.commune() == null ? null : a.commune().code(), errors);
        return run(a, null);
    }

    /**
     * Evaluates one assessment whose set builds on another (e.g. nâng cao on xã NTM), with the commune's already
     * evaluated result under that other set standing in for a recognition record.
     */
    public AssessmentResult evaluate(Assessment a, AssessmentResult companion) {
        List<InputError> errors = AssessmentValidator.validate(a, definitions);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(a.commune() == null ? null : a.commune().code(), errors);
        return run(a, companion);
    }

    /**
     * Evaluates many assessments on all cores; results come back in input order. All are validated first.
     * An assessment of the same commune under a prerequisite set (e.g. xã NTM for nâng cao) is evaluated first
     * and serves as its companion.
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
        return Companions.evaluate(List.copyOf(assessments), definitions, this::run);
    }

    /**
     * Evaluates a stream of assessments on all cores and hands each result to {@code sink} in input order, as
     * soon as it and every earlier one are done. Memory stays flat however long the stream: at most a small
     * window of assessments is in flight. Each assessment is validated just before it is evaluated; an invalid
     * one stops the stream with {@link InvalidAssessmentException} (results before it have been delivered).
     * The sink is called from the calling thread only.
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

    private AssessmentResult run(Assessment given, AssessmentResult companion) {
        Assessment a = VillageRules.withComputed(given, definitions);
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

    /** A pooled session of the set's rule base (dispose it to return it), for partial re-runs. */
    KieSession newSession(String setId) { return pools.get(setId).newKieSession(); }

    /** The shared criterion anchor facts of a set. */
    List<CriterionFact> criterionFacts(String setId) { return criterionFacts.get(setId); }

    /** One fact per catalog indicator, with the threshold in force for this commune and day. */
    List<IndicatorCheck> checks(Assessment a, CriteriaSet set) { return checks(a, set, null); }

    /** As {@link #checks(Assessment, CriteriaSet)} for the indicators {@code which} accepts (null: all), for partial re-runs. */
    List<IndicatorCheck> checks(Assessment a, CriteriaSet set, java.util.function.Predicate<Indicator> which) {
        ThresholdTable national = definitions.thresholds(set.id());
        ThresholdTable provincial = null;
        for (Overlay o : overlays) {
            if (o.appliesTo(a.commune().province(), set.id())) { provincial = o.table(); break; }
        }
        ThresholdTable proposed = proposals.isEmpty() ? null : proposedTable(a.commune().province(), set.id());
        Region region = a.commune().thresholdRegion();
        List<IndicatorCheck> out = new ArrayList<>(set.indicators().size());
        for (Indicator ind : set.indicators().values()) {
            if (which != null && !which.test(ind)) continue;
            ResolvedThreshold t;
            if (ind.isComposite()) {
                Map<String, ThresholdEntry> parts = new LinkedHashMap<>();
                NoDataReason problem = null;
                for (Part p : ind.parts()) {
                    ThresholdEntry e = find(proposed, national, provincial, ind.code(), p.name(), region, a);
                    parts.put(p.name(), e);
                    if (problem == null) problem = problem(e);
                }
                t = new ResolvedThreshold(null, parts, problem);
            } else {
                ThresholdEntry e = find(proposed, national, provincial, ind.code(), null, region, a);
                t = new ResolvedThreshold(e, null, problem(e));
            }
            out.add(new IndicatorCheck(ind, a.notApplicable().contains(ind.code()), a.indicators().get(ind.code()), t));
        }
        return out;
    }

    /** The proposal for a province, looked up once per province (a sweep brings one overlay per province). */
    private ThresholdTable proposedTable(String province, String setId) {
        return proposedTables.computeIfAbsent(setId + "\u0000" + province, k -> {
            for (Overlay o : proposals) if (o.appliesTo(province, setId)) return java.util.Optional.of(o.table());
            return java.util.Optional.empty();
        }).orElse(null);
    }

    private static ThresholdEntry find(ThresholdTable proposed, ThresholdTable national, ThresholdTable provincial,
                                       String code, String part, Region region, Assessment a) {
        if (proposed != null) {
            ThresholdEntry e = proposed.find(code, part, region, a.assessedOn());
            if (e != null) return e;
        }
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
        private final List<Overlay> proposals = new ArrayList<>();
        private boolean strict;
        private final List<Parameters.Entry> parameterOverrides = new ArrayList<>();

        public Builder definitions(Definitions d) { this.definitions = d; return this; }

        /** Adds a provincial overlay file (ntm-overlay/1, YAML or JSON). */
        public Builder overlay(Path file) { overlayPaths.add(file); return this; }

        public Builder overlay(Overlay o) { overlays.add(o); return this; }

        /**
         * Adds a proposed overlay (what-if): where it sets a level for a commune of its province, that level wins over
         * the current overlay's and the national one; elsewhere the current levels stand.
         */
        public Builder proposal(Overlay o) { proposals.add(o); return this; }

        /** Strict mode: results that would rest on an unverified threshold become NO_DATA. */
        public Builder strict(boolean s) { this.strict = s; return this; }

        /** Replaces a legal parameter (e.g. the required satisfaction rate) with the caller's own cited value. */
        public Builder parameter(Parameters.Entry e) { parameterOverrides.add(e); return this; }

        public Evaluator build() {
            Definitions d = definitions != null ? definitions : Definitions.load();
            List<Overlay> all = new ArrayList<>(overlays);
            for (Path p : overlayPaths) all.add(Overlay.load(p, d));
            distinct(all);
            distinct(proposals);
            Parameters params = d.parameters();
            for (Parameters.Entry e : parameterOverrides) params = params.with(e);
            return new Evaluator(d, all, proposals, strict, params);
        }

        private static void distinct(List<Overlay> all) {
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
        }
    }
}
