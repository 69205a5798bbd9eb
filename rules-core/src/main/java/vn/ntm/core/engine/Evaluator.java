package vn.ntm.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import vn.ntm.core.facts.CriterionFact;
import vn.ntm.core.facts.CriterionOutcome;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.facts.RecognitionCase;
import vn.ntm.core.facts.RecognitionCondition;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.JudgingMode;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.facts.ResolvedThreshold;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.AssessmentValidator;
import vn.ntm.core.input.EvidenceItem;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Recognition;

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
    private final JudgingMode mode;
    private final Parameters parameters;
    /** Per set, made on first use with its rule base: a run over one set never builds the others. */
    private final Map<String, KieSessionsPool> pools = new java.util.concurrent.ConcurrentHashMap<>();
    /** Criterion anchors are immutable and the same for every commune: made once, shared by all sessions. */
    private final Map<String, List<CriterionFact>> criterionFacts = new LinkedHashMap<>();

    private Evaluator(Definitions definitions, List<Overlay> overlays, List<Overlay> proposals, boolean strict, boolean acceptOverlay,
                      Parameters parameters) {
        this.definitions = definitions;
        this.overlays = List.copyOf(overlays);
        this.proposals = List.copyOf(proposals);
        this.strict = strict;
        this.mode = new JudgingMode(strict, acceptOverlay);
        this.parameters = parameters;
        for (String set : definitions.sets().keySet()) {
            criterionFacts.put(set, definitions.set(set).criteria().stream().map(CriterionFact::new).toList());
        }
    }

    private KieSessionsPool pool(String set) {
        // sessions are reset and reused: creating one per commune costs more than the rules themselves
        return pools.computeIfAbsent(set, s -> definitions.kieBase(s).newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    /** An evaluator over every criteria set on the classpath, national thresholds only. */
    public static Evaluator create() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    public Definitions definitions() { return definitions; }

    public boolean strict() { return strict; }

    /** Whether overlay levels count as certain (strict mode keeps them only then). */
    public boolean acceptOverlay() { return mode.acceptOverlay(); }

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
        validateOrThrow(a);
        return run(a, null);
    }

    void validateOrThrow(Assessment a) {
        List<InputError> errors = validate(a);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(a.commune() == null ? null : a.commune().code(), errors);
    }

    /**
     * Evaluates one assessment whose set builds on another (e.g. nâng cao on xã NTM), with the commune's already
     * evaluated result under that other set as its companion. The companion counts only if it is of the same commune,
     * under the prerequisite set and dated on or before the assessment (the rule every entry point follows).
     */
    public AssessmentResult evaluate(Assessment a, AssessmentResult companion) {
        validateOrThrow(a);
        return run(a, Companions.summaryFor(definitions.set(a.criteriaSet()), a, companion));
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
            for (InputError e : validate(a)) {
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

    /**
     * Evaluates as {@link #evaluate(Assessment, AssessmentResult)} does (companion may be null), with the rule
     * session replaced by {@code rules}: same validation, same input facts, same result building. For a baseline
     * that isolates the cost of the rule engine.
     */
    public AssessmentResult evaluate(Assessment given, AssessmentResult companion, RuleStandIn rules) {
        List<InputError> errors = validate(given);
        if (!errors.isEmpty()) throw new InvalidAssessmentException(given.commune() == null ? null : given.commune().code(), errors);
        CriteriaSet set = definitions.set(given.criteriaSet());
        Assessment a = VillageRules.withComputed(given, definitions);
        List<IndicatorCheck> checks = checks(a, set);
        PrerequisiteFact prerequisite = set.prerequisiteSet() == null ? null
                : Companions.prerequisite(set, a, Companions.summaryFor(set, given, companion));
        Collected collected = new Collected();
        if (prerequisite != null) collected.add(prerequisite);
        RecognitionCase recognition = new RecognitionCase(a.recognition(), set.criteria().size(), set.id(), a.assessedOn(), parameters);
        rules.derive(set, checks, prerequisite, recognition, collected::add);
        return new ResultBuilder(definitions, parameters, set, a, strict, notApplied(a, set)).build(collected);
    }

    AssessmentResult run(Assessment given, Companions.Summary companion) {
        Assessment a = VillageRules.withComputed(given, definitions);
        CriteriaSet set = definitions.set(a.criteriaSet());
        List<IndicatorCheck> checks = checks(a, set);
        KieSession session = pool(set.id()).newKieSession();
        try {
            // one entry-point lookup instead of one per fact
            EntryPoint facts = session.getEntryPoint(DEFAULT_ENTRY_POINT);
            for (IndicatorCheck c : checks) facts.insert(c);
            for (CriterionFact c : criterionFacts.get(set.id())) facts.insert(c);
            if (set.prerequisiteSet() != null) facts.insert(Companions.prerequisite(set, a, companion));
            facts.insert(new RecognitionCase(a.recognition(), set.criteria().size(), set.id(), a.assessedOn(), parameters));
            session.fireAllRules();
            return new ResultBuilder(definitions, parameters, set, a, strict, notApplied(a, set)).build(DerivedFacts.read(facts));
        } finally {
            session.dispose();
        }
    }

    /**
     * Recognition of an evaluated result given the facts beyond the criteria (null: none given), e.g. to re-check a
     * stored result once the poll is held. The law module's recognition rules decide, as in {@link #evaluate}.
     */
    public Recognition recognition(AssessmentResult r, RecognitionInput in) {
        CriteriaSet set = definitions.set(r.criteriaSet());
        KieSession session = pool(set.id()).newKieSession();
        try {
            EntryPoint facts = session.getEntryPoint(DEFAULT_ENTRY_POINT);
            for (var c : r.criteria()) facts.insert(new CriterionOutcome(c.code(), c.status()));
            if (set.prerequisiteSet() != null) {
                PrerequisiteFact.State state = PrerequisiteFact.State.MET;
                for (var b : r.pollReadiness().blockers()) {
                    if (b.kind() == vn.ntm.core.facts.BlockerKind.PREREQUISITE_NOT_MET) {
                        state = b.undecided() ? PrerequisiteFact.State.UNKNOWN : PrerequisiteFact.State.NOT_MET;
                    }
                }
                facts.insert(new PrerequisiteFact(set.prerequisiteSet(), set.prerequisiteRef(), state, null, null));
            }
            facts.insert(new RecognitionCase(in, set.criteria().size(), set.id(), r.assessedOn(), parameters));
            session.fireAllRules();
            List<RecognitionCondition> decided = new ArrayList<>();
            for (Object o : session.getObjects()) if (o instanceof RecognitionCondition c) decided.add(c);
            return Recognitions.assemble(decided, r.pollReadiness().blockers());
        } finally {
            session.dispose();
        }
    }

    /** A pooled session of the set's rule base (dispose it to return it), for partial re-runs. */
    KieSession newSession(String setId) { return pool(setId).newKieSession(); }

    /** The shared criterion anchor facts of a set. */
    List<CriterionFact> criterionFacts(String setId) { return criterionFacts.get(setId); }

    /** One fact per catalog indicator, with the level in force for this commune and day. */
    List<IndicatorCheck> checks(Assessment a, CriteriaSet set) { return checks(a, set, null); }

    /** As {@link #checks(Assessment, CriteriaSet)} for the indicators {@code which} accepts (null: all), for partial re-runs. */
    List<IndicatorCheck> checks(Assessment a, CriteriaSet set, java.util.function.Predicate<Indicator> which) {
        ThresholdTable national = definitions.thresholds(set.id());
        ThresholdTable provincial = null;
        Overlay overlay = overlayFor(a, set);
        if (overlay != null) provincial = overlay.table();
        ThresholdTable proposed = proposals.isEmpty() ? null : proposedTable(a.commune().province(), set.id());
        Region region = definitions.thresholdRegion(a.commune(), set.id(), a.assessedOn());
        Map<String, Set<String>> provided = new HashMap<>();
        for (EvidenceItem e : a.evidence()) provided.computeIfAbsent(e.indicator(), k -> new HashSet<>(4)).add(e.document());
        List<IndicatorCheck> out = new ArrayList<>(set.indicators().size());
        for (Indicator ind : set.indicators().values()) {
            if (which != null && !which.test(ind)) continue;
            ResolvedThreshold t;
            if (ind.isComposite()) {
                Map<String, ThresholdEntry> parts = new LinkedHashMap<>();
                NoDataReason problem = null;
                boolean anyUsable = false;
                for (Part p : ind.parts()) {
                    ThresholdEntry e = find(proposed, national, provincial, ind.code(), p.name(), region, a);
                    parts.put(p.name(), e);
                    NoDataReason pr = ResolvedThreshold.problem(e);
                    anyUsable |= pr == null;
                    if (problem == null) problem = pr;
                }
                // Kleene: the parts that can be judged are judged (a certain FAIL wins); only when none can is the
                // whole indicator without a usable level
                t = new ResolvedThreshold(null, parts, anyUsable ? null : problem);
            } else {
                ThresholdEntry e = find(proposed, national, provincial, ind.code(), null, region, a);
                t = new ResolvedThreshold(e, null, ResolvedThreshold.problem(e));
            }
            List<vn.ntm.core.catalog.EvidenceRequirement> docs = overlay == null ? null : overlay.dossier(ind.code());
            out.add(new IndicatorCheck(ind, a.notApplicable().contains(ind.code()), a.indicators().get(ind.code()), t, mode,
                    docs != null ? docs : ind.evidence(), provided.getOrDefault(ind.code(), Set.of())));
        }
        return out;
    }

    /**
     * Overlays for this set that do not apply to this commune: said in its result, never silent (a province spelt
     * differently, or none given, would otherwise quietly fall back to the national levels).
     */
    private List<Overlay> notApplied(Assessment a, CriteriaSet set) {
        if (overlays.isEmpty()) return List.of();
        List<Overlay> out = new ArrayList<>(0);
        for (Overlay o : overlays) {
            if (o.criteriaSet().equals(set.id()) && !o.appliesTo(a.commune().province(), set.id())) out.add(o);
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

    /**
     * The input checks, plus the province's strict dossier where its overlay has one: a document outside it is then
     * an error (otherwise it is kept and reported as an extra document).
     */
    private List<InputError> validate(Assessment a) {
        List<InputError> errors = AssessmentValidator.validate(a, definitions);
        if (!errors.isEmpty() || overlays.isEmpty()) return errors;
        CriteriaSet set = definitions.set(a.criteriaSet());
        Overlay o = overlayFor(a, set);
        if (o == null || !o.strictDossier()) return errors;
        List<InputError> out = new ArrayList<>(errors);
        for (int i = 0; i < a.evidence().size(); i++) {
            EvidenceItem e = a.evidence().get(i);
            List<vn.ntm.core.catalog.EvidenceRequirement> docs = o.dossier(e.indicator());
            if (docs == null) docs = set.indicator(e.indicator()).evidence();
            if (docs.stream().noneMatch(d -> d.code().equals(e.document()))) {
                out.add(new InputError("evidence[" + i + "].document", "document '" + e.document() + "' is not in the dossier of indicator "
                        + e.indicator() + " required by " + o.province() + " (" + o.source() + "): expected one of "
                        + docs.stream().map(vn.ntm.core.catalog.EvidenceRequirement::code).toList()));
            }
        }
        return out;
    }

    /** The overlay that applies to this commune and set, or null. */
    Overlay overlayFor(Assessment a, CriteriaSet set) {
        for (Overlay o : overlays) {
            if (o.appliesTo(a.commune().province(), set.id())) return o;
        }
        return null;
    }

    /** A proposal's level (what-if) wins, then the province's overlay, each resolved over the national level. */
    private static ThresholdEntry find(ThresholdTable proposed, ThresholdTable national, ThresholdTable provincial,
                                       String code, String part, Region region, Assessment a) {
        ThresholdEntry n = national.find(code, part, region, a.assessedOn());
        if (proposed != null) {
            ThresholdEntry e = proposed.find(code, part, region, a.assessedOn());
            if (e != null) return e.over(n);
        }
        if (provincial != null) {
            ThresholdEntry e = provincial.find(code, part, region, a.assessedOn());
            if (e != null) return e.over(n);
        }
        return n;
    }

    /** Builds evaluators. */
    public static final class Builder {
        private Definitions definitions;
        private final List<Path> overlayPaths = new ArrayList<>();
        private final List<Overlay> overlays = new ArrayList<>();
        private final List<Overlay> proposals = new ArrayList<>();
        private boolean strict;
        private boolean acceptOverlay;
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

        /** Strict mode: only CERTAIN outcomes stand; the rest become NO_DATA with the reason and the bounds. */
        public Builder strict(boolean s) { this.strict = s; return this; }

        /** Counts overlay levels (the province's decision, or a national level its author read) as certain. */
        public Builder acceptOverlay(boolean accept) { this.acceptOverlay = accept; return this; }

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
            return new Evaluator(d, all, proposals, strict, acceptOverlay, params);
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
