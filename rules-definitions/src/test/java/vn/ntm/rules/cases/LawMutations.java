package vn.ntm.rules.cases;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.PrerequisiteFact;

/**
 * Copies of the law with one thing changed, built in memory from the loaded {@link Definitions}: an indicator's
 * direction turned around (in the catalog and in the rule alike), or one threshold value moved by one step.
 *
 * <p>The indicator rules are compiled at build time, so a flipped rule cannot be recompiled from DRL here. Instead the
 * copy's rule base is rebuilt from the same pre-built executable model without that indicator's rule, plus one rule
 * written with the executable-model DSL that reads the indicator the other way: {@code atMost()} for an
 * {@code atLeast()} indicator and back, the opposite of "Đạt" for a yes/no one. The catalog's comparator is flipped
 * with it, so the engine's guard (catalog and rule must agree) stays quiet: the copy is a consistent, wrong law, as a
 * maintainer's mistake in both places would be, and only the law cases can tell it apart. A composite indicator's
 * parts carry their own comparators in the catalog; flipping one part needs no rule change.
 */
final class LawMutations {
    private final Definitions defs;

    LawMutations(Definitions defs) { this.defs = defs; }

    /** One mutated copy of the law, named for the report. */
    record Mutation(String set, String indicator, String what, Definitions law) { }

    /** The same law with every indicator rule of {@code setId} replaced by its DSL twin reading the same way. */
    Definitions rebuiltUnchanged(String setId) {
        CriteriaSet set = defs.set(setId);
        List<Rule> twins = new ArrayList<>();
        for (Indicator ind : set.indicators().values()) twins.add(twin(set, ind, false));
        return defs.with(set, null, kieBase(set, set.indicators().keySet(), twins));
    }

    /** Every direction flip of every indicator of every set. */
    List<Mutation> directionFlips() {
        List<Mutation> out = new ArrayList<>();
        for (CriteriaSet set : defs.sets().values()) {
            for (Indicator ind : set.indicators().values()) {
                if (ind.isComposite()) {
                    for (Part p : ind.parts()) {
                        Part flipped = new Part(p.name(), p.nameVi(), p.nameEn(), p.unit(), opposite(p.comparator()));
                        List<Part> parts = ind.parts().stream().map(x -> x.name().equals(p.name()) ? flipped : x).toList();
                        Indicator changed = new Indicator(ind.code(), ind.criterion(), ind.nameVi(), ind.nameEn(), ind.unit(),
                                ind.comparator(), ind.conditional(), ind.confidence(), ind.source(), ind.doubt(), parts,
                                ind.evidence(), ind.fromPrerequisite());
                        out.add(new Mutation(set.id(), ind.code(), "part " + p.name() + " read " + flipped.comparator(),
                                defs.with(replace(set, changed), null, null)));
                    }
                    continue;
                }
                Indicator changed = ind.isBoolean() ? ind : new Indicator(ind.code(), ind.criterion(), ind.nameVi(), ind.nameEn(),
                        ind.unit(), opposite(ind.comparator()), ind.conditional(), ind.confidence(), ind.source(), ind.doubt(),
                        ind.parts(), ind.evidence(), ind.fromPrerequisite());
                CriteriaSet mutated = replace(set, changed);
                KieBase kb = kieBase(mutated, Set.of(ind.code()), List.of(twin(mutated, changed, true)));
                String what = ind.isBoolean() ? "\"Không đạt\" read as Đạt" : "read " + changed.comparator();
                out.add(new Mutation(set.id(), ind.code(), what, defs.with(mutated, null, kb)));
            }
        }
        return out;
    }

    /** Every VERIFIED numeric threshold entry moved one step up and one step down. */
    List<Mutation> verifiedValueSteps() {
        List<Mutation> out = new ArrayList<>();
        for (CriteriaSet set : defs.sets().values()) {
            ThresholdTable table = defs.thresholds(set.id());
            List<ThresholdEntry> all = new ArrayList<>(table.all());
            all.sort(java.util.Comparator.comparing(ThresholdEntry::indicator).thenComparing(ThresholdEntry::region)
                    .thenComparing(ThresholdEntry::validFrom));
            for (ThresholdEntry e : all) {
                if (e.verification() != vn.ntm.core.catalog.Verification.VERIFIED || e.number() == null) continue;
                BigDecimal step = step(set.indicator(e.indicator()), e.number());
                for (BigDecimal moved : List.of(e.number().add(step), e.number().subtract(step))) {
                    List<ThresholdEntry> entries = new ArrayList<>(table.all());
                    entries.replaceAll(x -> x == e ? new ThresholdEntry(e.indicator(), e.part(), e.region(), e.validFrom(),
                            e.validTo(), moved, e.verification(), e.citation(), e.basis(), e.source(), e.origin()) : x);
                    out.add(new Mutation(set.id(), e.indicator(), e.region() + " " + e.validFrom() + " " + e.number().toPlainString()
                            + " → " + moved.toPlainString(), defs.with(set, new ThresholdTable(entries), null)));
                }
            }
        }
        return out;
    }

    /** One step of the indicator's unit: 1 for counts (models, fields), 0.01 for shares and other measures. */
    static BigDecimal step(Indicator ind, BigDecimal value) {
        boolean count = !ind.isPercent() && value.stripTrailingZeros().scale() <= 0;
        return count ? BigDecimal.ONE : new BigDecimal("0.01");
    }

    static Comparator opposite(Comparator c) {
        return switch (c) {
            case AT_LEAST -> Comparator.AT_MOST;
            case AT_MOST -> Comparator.AT_LEAST;
            default -> throw new IllegalArgumentException("no opposite direction for " + c);
        };
    }

    private static CriteriaSet replace(CriteriaSet set, Indicator changed) {
        List<Criterion> criteria = new ArrayList<>();
        for (Criterion c : set.criteria()) {
            List<Indicator> inds = c.indicators().stream().map(i -> i.code().equals(changed.code()) ? changed : i).toList();
            criteria.add(new Criterion(c.code(), c.nameVi(), c.nameEn(), c.group(), c.confidence(), inds));
        }
        return set.withCriteria(criteria);
    }

    /**
     * The rule deciding {@code ind}, written with the executable-model DSL: the same reading as the catalog says
     * ({@code flipped == false}, a control), or the opposite of "Đạt" for a yes/no indicator ({@code flipped}; a
     * numeric indicator's flip is already in the catalog it is given).
     */
    private static Rule twin(CriteriaSet set, Indicator ind, boolean flipped) {
        String code = ind.code();
        Variable<IndicatorCheck> c = declarationOf(IndicatorCheck.class);
        var builder = rule(set.rulePackage(), (flipped ? "mutated: " : "twin: ") + code).metadata("indicator", code)
                .metadata("legalRef", "law mutation test");
        if (ind.fromPrerequisite()) {
            Variable<PrerequisiteFact> p = declarationOf(PrerequisiteFact.class);
            return builder.attribute(Rule.Attribute.SALIENCE, 10).build(
                    pattern(c).expr("is " + code, x -> x.getCode().equals(code) && !x.isNotApplicable() && x.isThresholdUsable()),
                    pattern(p),
                    on(c, p).execute((drools, x, f) -> drools.insert(x.metBy(flipped ? opposite(f) : f))));
        }
        Function<IndicatorCheck, IndicatorOutcome> decide = switch (ind.comparator()) {
            case AT_LEAST -> IndicatorCheck::atLeast;
            case AT_MOST -> IndicatorCheck::atMost;
            case COMPOSITE -> IndicatorCheck::allParts;
            case BOOLEAN -> flipped
                    ? x -> new IndicatorCheck(x.getIndicator(), x.isNotApplicable(), !Boolean.TRUE.equals(x.getValue()), x.getThreshold(), x.getProvidedEvidence()).met()
                    : IndicatorCheck::met;
        };
        return builder.build(
                pattern(c).expr("is " + code, x -> x.getCode().equals(code) && x.isDecidable()),
                on(c).execute((drools, x) -> drools.insert(decide.apply(x))));
    }

    private static PrerequisiteFact opposite(PrerequisiteFact f) {
        PrerequisiteFact.State s = switch (f.getState()) {
            case MET -> PrerequisiteFact.State.NOT_MET;
            case NOT_MET -> PrerequisiteFact.State.MET;
            case UNKNOWN -> PrerequisiteFact.State.UNKNOWN;
        };
        return new PrerequisiteFact(f.getRequiredSet(), f.getRef(), s, f.getHow(), f.getHowEn());
    }

    /** The set's rule base from the pre-built model, without the rules of {@code drop}, with {@code add}. */
    private KieBase kieBase(CriteriaSet set, Set<String> drop, List<Rule> add) {
        List<Model> mine = new ArrayList<>();
        for (Model m : models()) {
            Set<String> pkgs = new LinkedHashSet<>();
            m.getRules().forEach(r -> pkgs.add(r.getPackage()));
            boolean own = pkgs.contains(set.rulePackage());
            if (!own && !pkgs.contains(COMMON)) continue;
            List<Rule> keep = m.getRules().stream().filter(r -> !(own && r.getPackage().equals(set.rulePackage())
                    && drop.contains(unquote(r.getMetaData().get("indicator"))))).toList();
            ModelImpl copy = new ModelImpl(m.getName()).withRules(new ArrayList<>(keep)).withGlobals(m.getGlobals())
                    .withQueries(m.getQueries());
            m.getTypeMetaDatas().forEach(copy::addTypeMetaData);
            mine.add(copy);
        }
        ModelImpl extra = new ModelImpl("law-mutation");
        add.forEach(extra::addRule);
        mine.add(extra);
        return KieBaseBuilder.createKieBaseFromModel(mine);
    }

    private static final String COMMON = "vn.ntm.rules.common";
    private List<Model> models;

    private List<Model> models() {
        if (models == null) {
            models = new ArrayList<>();
            for (String name : defs.modelClasses()) {
                try {
                    models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return models;
    }

    private static String unquote(Object o) {
        if (o == null) return null;
        String s = o.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
