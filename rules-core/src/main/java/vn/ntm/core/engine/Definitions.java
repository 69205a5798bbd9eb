package vn.ntm.core.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ntm.core.catalog.Bound;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;

/**
 * The law as loaded from a definitions jar: criteria catalogs, dated thresholds, evidence requirements, and
 * one pre-built rule base per criteria set. The engine learns every indicator code from here.
 *
 * <p>Rules are only ever loaded from the executable model compiled at build time (the kjar's
 * {@code drools-model} index); there is no runtime DRL compilation to fall back on. A set's rule base (and only
 * its own model classes) is built on first use, so a run over one set never pays for the others.
 */
public final class Definitions {
    public static final String INDEX = "META-INF/ntm/definitions.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(Definitions.class);

    // law files and overlays are read as strictly as assessments: a repeated key is an error, never last-wins
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();
    private final Map<String, ThresholdTable> thresholds = new HashMap<>();
    /** Filled per set on first use (see {@link #ruled}); written under the lock, read freely. */
    private final Map<String, KieBase> kieBases = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, List<RuleInfo>>> rulesByIndicator = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<RuleInfo>> allRules = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, RuleInfo>> recognitionRules = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, RuleModels> modelsOfSet = new HashMap<>();
    /** One lock per set: two sets first used at once (a batch over both) build their rule bases in parallel. */
    private final Map<String, Object> ruleLocks = new HashMap<>();
    private final Map<String, Map<String, vn.ntm.core.catalog.VillageRule>> villageRules = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> modelClasses = new ArrayList<>();
    private final Parameters parameters;
    private final RegionRules regionRules;
    private final Map<String, ResultConstants> resultConstants = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, vn.ntm.core.catalog.UnitRange> units = new HashMap<>();
    private vn.ntm.core.workflow.FollowUpPolicy followUp;

    private Definitions(ClassLoader cl) {
        List<URL> indexes = resources(cl, INDEX);
        if (indexes.isEmpty()) {
            throw new DefinitionsException("no criteria definitions on the classpath (" + INDEX
                    + "): add the rules-definitions jar");
        }
        Parameters params = null;
        RegionRules regions = null;
        for (URL url : indexes) {
            DefinitionFiles.Index index = read(url, DefinitionFiles.Index.class);
            if (!"ntm-definitions/1".equals(index.format())) {
                throw new DefinitionsException(url + ": unsupported format " + index.format());
            }
            RuleModels models = RuleModels.read(cl, index.modelIndex(), index.commonPackage());
            models.prepareCommon();   // on a second thread, while this one parses the YAML catalogs
            modelClasses.addAll(models.classNames);
            for (String setId : index.sets()) {
                loadSet(cl, setId);
                modelsOfSet.put(setId, models);
                ruleLocks.put(setId, new Object());
            }
            if (index.parameters() != null) params = Parameters.load(resource(cl, index.parameters()));
            if (index.regions() != null) regions = RegionRules.load(resource(cl, index.regions()), index.sets());
            if (index.units() != null) loadUnits(resource(cl, index.units()));
            if (index.followUp() != null) followUp = loadFollowUp(resource(cl, index.followUp()));
        }
        this.parameters = params == null ? Parameters.none() : params;
        this.regionRules = regions == null ? RegionRules.none() : regions;
        for (CriteriaSet s : sets.values()) {
            require(s.prerequisiteSet() == null || sets.containsKey(s.prerequisiteSet()),
                    s.id() + ": prerequisite set " + s.prerequisiteSet() + " is not loaded");
        }
    }

    /** A copy of {@code base} sharing everything but what {@link #with} replaces. */
    private Definitions(Definitions base) {
        sets.putAll(base.sets);
        thresholds.putAll(base.thresholds);
        kieBases.putAll(base.kieBases);
        rulesByIndicator.putAll(base.rulesByIndicator);
        allRules.putAll(base.allRules);
        recognitionRules.putAll(base.recognitionRules);
        villageRules.putAll(base.villageRules);
        modelsOfSet.putAll(base.modelsOfSet);
        ruleLocks.putAll(base.ruleLocks);
        modelClasses.addAll(base.modelClasses);
        parameters = base.parameters;
        regionRules = base.regionRules;
    }

    /**
     * A copy of these definitions with one set's catalog, thresholds or rule base replaced (null keeps the current
     * one): what-if studies, and tests that check a mutated copy of the law is caught by the law cases.
     */
    public Definitions with(CriteriaSet set, ThresholdTable table, KieBase kieBase) {
        require(sets.containsKey(set.id()), "unknown criteria set " + set.id());
        Definitions d = new Definitions(this);
        d.sets.put(set.id(), set);
        if (table != null) d.thresholds.put(set.id(), table);
        if (kieBase != null) {
            d.kieBases.put(set.id(), kieBase);
            d.indexRules(set, kieBase);
        }
        return d;
    }

    /** Loads every definitions jar visible to this class's loader. */
    public static Definitions load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(cl != null ? cl : Definitions.class.getClassLoader());
    }

    public static Definitions load(ClassLoader cl) {
        long t0 = System.nanoTime();
        Definitions d = new Definitions(cl);
        LOG.debug("definitions loaded in {} ms: sets {}", (System.nanoTime() - t0) / 1_000_000, d.sets.keySet());
        return d;
    }

    public Map<String, CriteriaSet> sets() { return Collections.unmodifiableMap(sets); }

    public CriteriaSet set(String id) { return sets.get(id); }

    public ThresholdTable thresholds(String setId) { return thresholds.get(setId); }

    /** How an indicator's value follows from village figures, or null when the catalog does not say it can. */
    public vn.ntm.core.catalog.VillageRule villageRule(String setId, String indicator) {
        return villageRules.getOrDefault(setId, Map.of()).get(indicator);
    }

    /** The indicators of a set that may be computed from villages, in catalog order. */
    public Map<String, vn.ntm.core.catalog.VillageRule> villageRules(String setId) {
        return Collections.unmodifiableMap(villageRules.getOrDefault(setId, new LinkedHashMap<>()));
    }

    public KieBase kieBase(String setId) { return ruled(setId) ? kieBases.get(setId) : null; }

    public Parameters parameters() { return parameters; }

    /** The region whose levels a commune is held to under a set on a day (the law module's region rules). */
    public Region thresholdRegion(vn.ntm.core.input.Commune c, String setId, java.time.LocalDate day) {
        return regionRules.regionFor(c, setId, day);
    }

    public RegionRules regionRules() { return regionRules; }

    /** The parts of a result that depend on the set only, made on first use. */
    ResultConstants resultConstants(CriteriaSet set) {
        return resultConstants.computeIfAbsent(set.id(), k -> new ResultConstants(this, set));
    }

    /** How the district sorts criteria into follow-up groups (policy data), or null when the definitions give none. */
    public vn.ntm.core.workflow.FollowUpPolicy followUp() { return followUp; }

    private static vn.ntm.core.workflow.FollowUpPolicy loadFollowUp(URL url) {
        vn.ntm.core.workflow.FollowUpPolicy p = read(url, vn.ntm.core.workflow.FollowUpPolicy.class);
        require(p.source() != null && p.rules() != null && !p.rules().isEmpty(), url + ": a follow-up policy needs its source and rules");
        for (vn.ntm.core.workflow.FollowUpPolicy.Rule r : p.rules()) {
            require(r.group() != null && r.basis() != null, url + ": every follow-up rule needs its group and basis");
        }
        // every criterion falls in a group: the last rule must match anything
        var last = p.rules().get(p.rules().size() - 1);
        require(last.appraisedAtLeast() == null && last.status() == null, url + ": the last follow-up rule must match every criterion");
        return p;
    }

    /** The plausible range of a unit of measure, or null when the definitions state none. */
    public vn.ntm.core.catalog.UnitRange unitRange(String unit) { return units.get(unit); }

    private void loadUnits(URL url) {
        for (vn.ntm.core.catalog.UnitRange u : read(url, DefinitionFiles.Units.class).units()) {
            require(u.unit() != null && u.min() != null && u.max() != null && u.basis() != null && u.min().compareTo(u.max()) <= 0,
                    url + ": unit " + u.unit() + " needs min <= max and a basis");
            require(units.put(u.unit(), u) == null, url + ": unit " + u.unit() + " listed twice");
        }
        // every numeric unit a catalog uses must have its range, so no figure goes unchecked
        for (CriteriaSet s : sets.values()) {
            for (vn.ntm.core.catalog.Indicator i : s.indicators().values()) {
                if (i.isComposite()) {
                    for (vn.ntm.core.catalog.Part p : i.parts()) {
                        require(units.containsKey(p.unit()), url + ": no range for unit '" + p.unit() + "' of " + s.id() + " " + i.code() + "." + p.name());
                    }
                } else if (!i.isBoolean()) {
                    require(units.containsKey(i.unit()), url + ": no range for unit '" + i.unit() + "' of " + s.id() + " " + i.code());
                }
            }
        }
    }

    /** The pre-built executable-model classes the rule bases were made from. */
    public List<String> modelClasses() { return List.copyOf(modelClasses); }

    /** Every rule of a set's rule base that names an indicator in its metadata, keyed by that indicator. */
    public Map<String, List<RuleInfo>> indicatorRules(String setId) {
        ruled(setId);
        return Collections.unmodifiableMap(rulesByIndicator.getOrDefault(setId, Map.of()));
    }

    /** The recognition rules of the set's rule base, keyed by the condition named in their metadata. */
    public Map<String, RuleInfo> recognitionRules(String setId) {
        ruled(setId);
        return Collections.unmodifiableMap(recognitionRules.getOrDefault(setId, Map.of()));
    }

    /** Every rule of the set's own package (common rules excluded). */
    public List<RuleInfo> rules(String setId) {
        ruled(setId);
        return List.copyOf(allRules.getOrDefault(setId, List.of()));
    }

    /** The rule that decides an indicator (exactly one, checked at load). */
    public RuleInfo rule(String setId, String indicator) {
        ruled(setId);
        List<RuleInfo> r = rulesByIndicator.getOrDefault(setId, Map.of()).get(indicator);
        return r == null || r.isEmpty() ? null : r.get(0);
    }

    private void loadSet(ClassLoader cl, String setId) {
        String base = "ntm/" + setId + "/";
        DefinitionFiles.Catalog cat = read(resource(cl, base + "catalog.yaml"), DefinitionFiles.Catalog.class);
        DefinitionFiles.Evidence ev = read(resource(cl, base + "evidence.yaml"), DefinitionFiles.Evidence.class);
        DefinitionFiles.Thresholds th = read(resource(cl, base + "thresholds.yaml"), DefinitionFiles.Thresholds.class);
        if (!setId.equals(cat.id()) || !setId.equals(ev.set()) || !setId.equals(th.set())) {
            throw new DefinitionsException(base + ": files name different sets");
        }
        Map<String, List<EvidenceRequirement>> docs = new HashMap<>();
        for (EvidenceRequirement r : ev.documents()) docs.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);

        List<Criterion> criteria = new ArrayList<>();
        for (DefinitionFiles.CriterionDoc c : cat.criteria()) {
            List<Indicator> inds = new ArrayList<>();
            for (DefinitionFiles.IndicatorDoc i : c.indicators()) {
                require(i.comparator() != null && i.unit() != null && i.conditional() != null && i.confidence() != null
                        && i.nameVi() != null && i.nameEn() != null && i.source() != null,
                        base + "catalog.yaml: indicator " + i.code() + " lacks a required field");
                require(i.comparator() == Comparator.COMPOSITE ? i.parts() != null && !i.parts().isEmpty()
                        : i.parts() == null, base + "catalog.yaml: indicator " + i.code() + ": parts only and always for COMPOSITE");
                inds.add(new Indicator(i.code(), c.code(), i.nameVi(), i.nameEn(), i.unit(), i.comparator(),
                        i.conditional(), i.confidence(), i.source(), i.doubt(), i.parts(),
                        docs.getOrDefault(i.code(), List.of()), Boolean.TRUE.equals(i.fromPrerequisite())));
                if (i.villages() != null) {
                    villageRules.computeIfAbsent(setId, k -> new LinkedHashMap<>())
                            .put(i.code(), VillageRules.checked(inds.get(inds.size() - 1), i.villages(), base + "catalog.yaml"));
                }
            }
            criteria.add(new Criterion(c.code(), c.nameVi(), c.nameEn(), c.group(), c.confidence(), inds));
        }
        require((cat.prerequisiteSet() == null) == (cat.prerequisiteRef() == null),
                base + "catalog.yaml: prerequisiteSet and prerequisiteRef go together");
        require((cat.officialIndicatorCount() == null) == (cat.officialIndicatorCountSource() == null),
                base + "catalog.yaml: officialIndicatorCount and officialIndicatorCountSource go together");
        CriteriaSet set = new CriteriaSet(cat.id(), cat.nameVi(), cat.nameEn(), cat.legalBasis(), cat.rulePackage(),
                cat.validFrom(), cat.validTo(), criteria, cat.prerequisiteSet(), cat.prerequisiteRef(),
                cat.officialIndicatorCount(), cat.officialIndicatorCountSource());
        for (String ind : docs.keySet()) {
            require(set.indicator(ind) != null, base + "evidence.yaml names unknown indicator " + ind);
        }
        thresholds.put(setId, new ThresholdTable(thresholdEntries(set, th, ThresholdEntry.NATIONAL, base + "thresholds.yaml")));
        sets.put(setId, set);
    }

    /** Builds the set's rule base on first use; false for an unknown set. */
    private boolean ruled(String setId) {
        if (kieBases.containsKey(setId)) return true;
        CriteriaSet set = sets.get(setId);
        if (set == null) return false;
        synchronized (ruleLocks.get(setId)) {
            if (!kieBases.containsKey(setId)) {
                long t0 = System.nanoTime();
                KieBase kb = modelsOfSet.get(setId).build(set.rulePackage());
                indexRules(set, kb);
                kieBases.put(setId, kb);   // last: the other maps are complete once this is seen
                LOG.debug("rule base of {} built in {} ms", setId, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        return true;
    }

    /**
     * The pre-built models of one definitions jar: the index names one model class per rule package, and a set's
     * rule base is made of its own package's model and the common one, instantiated only when first needed.
     */
    private static final class RuleModels {
        private final ClassLoader cl;
        private final String modelIndex;
        private final String commonPackage;
        private final List<String> classNames;
        private final Map<String, Model> instances = new java.util.concurrent.ConcurrentHashMap<>();

        private RuleModels(ClassLoader cl, String modelIndex, String commonPackage, List<String> classNames) {
            this.cl = cl;
            this.modelIndex = modelIndex;
            this.commonPackage = commonPackage;
            this.classNames = classNames;
        }

        static RuleModels read(ClassLoader cl, String modelIndex, String commonPackage) {
            List<String> names = new ArrayList<>();
            try (InputStream in = resource(cl, modelIndex).openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.trim();
                    if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) names.add(name);
                }
            } catch (IOException e) {
                throw new DefinitionsException("cannot read the pre-built rule model index " + modelIndex, e);
            }
            if (names.isEmpty()) throw new DefinitionsException(modelIndex + " lists no rule model");
            return new RuleModels(cl, modelIndex, commonPackage, names);
        }

        /**
         * Cold start: every set's rule base needs the common model, so it is made on a second thread while the
         * catalogs are parsed (which also loads much of the Drools model classes); a set's build then finds it made.
         */
        void prepareCommon() {
            for (String name : classNames) {
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (!pkg.equals(commonPackage)) continue;
                Thread t = new Thread(() -> {
                    try {
                        model(name, pkg);
                    } catch (RuntimeException e) {
                        // not lost: the first rule base that needs this model tries again and reports the error
                    }
                }, "ntm-definitions");
                t.setContextClassLoader(cl);
                t.setDaemon(true);
                t.start();
            }
        }

        /** The set's rules plus the common rules (a set with no rules of its own gets the common ones only). */
        KieBase build(String rulePackage) {
            List<Model> mine = new ArrayList<>();
            for (String name : classNames) {
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (pkg.equals(rulePackage) || pkg.equals(commonPackage)) mine.add(model(name, pkg));
            }
            return KieBaseBuilder.createKieBaseFromModel(mine);
        }

        private Model model(String name, String pkg) {
            return instances.computeIfAbsent(name, n -> {
                try {
                    Model m = (Model) Class.forName(n, true, cl).getDeclaredConstructor().newInstance();
                    // the choice by class name holds only if a model class carries the rules of its own package
                    m.getRules().forEach(r -> require(r.getPackage().equals(pkg),
                            modelIndex + ": model " + n + " holds rule " + r.getName() + " of package " + r.getPackage()));
                    return m;
                } catch (ReflectiveOperationException e) {
                    throw new DefinitionsException("cannot load the pre-built rule model " + n + " listed in " + modelIndex, e);
                }
            });
        }
    }

    private void indexRules(CriteriaSet set, KieBase kb) {
        Map<String, List<RuleInfo>> byIndicator = new LinkedHashMap<>();
        Map<String, RuleInfo> recognition = new LinkedHashMap<>();
        List<RuleInfo> own = new ArrayList<>();
        for (var pkg : kb.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object ind = r.getMetaData().get("indicator");
                Object ref = r.getMetaData().get("legalRef");
                RuleInfo info = new RuleInfo(pkg.getName(), r.getName(), ind == null ? null : unquote(ind), ref == null ? null : unquote(ref));
                if (pkg.getName().equals(set.rulePackage())) own.add(info);
                if (ind != null) byIndicator.computeIfAbsent(info.indicator(), k -> new ArrayList<>()).add(info);
                Object condition = r.getMetaData().get("recognitionCondition");
                if (condition != null && recognition.put(unquote(condition), info) != null) {
                    throw new DefinitionsException(set.id() + ": two rules decide recognition condition " + unquote(condition));
                }
            }
        }
        rulesByIndicator.put(set.id(), byIndicator);
        recognitionRules.put(set.id(), recognition);
        allRules.put(set.id(), own);
    }

    private static String unquote(Object o) {
        String s = o.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Turns threshold documents into entries, checking them against the catalog and the level policy's shape. */
    static List<ThresholdEntry> thresholdEntries(CriteriaSet set, DefinitionFiles.Thresholds th, String origin, String where) {
        List<ThresholdEntry> out = new ArrayList<>();
        for (DefinitionFiles.ThresholdDoc d : th.thresholds()) {
            String what = where + ": threshold for " + d.indicator() + (d.part() == null ? "" : "/" + d.part())
                    + (d.from() == null ? "" : " from " + d.from());
            Indicator ind = set.indicator(d.indicator());
            require(ind != null, what + ": unknown indicator");
            require(d.from() != null && d.kind() != null && d.citation() != null && d.source() != null,
                    what + ": from, kind, citation and source are required");
            require(d.to() == null || !d.to().isBefore(d.from()), what + ": to " + d.to() + " is before from " + d.from());
            require((d.all() == null) != (d.byRegion() == null), what + ": give exactly one of all / byRegion");
            LevelKind kind = d.kind();
            require(kind == LevelKind.VERIFIED || kind == LevelKind.UNKNOWN || d.basis() != null,
                    what + ": a " + kind + " level needs its basis");
            boolean bound = kind == LevelKind.FLOOR || kind == LevelKind.CEILING;
            require(bound == (d.binding() != null), what + ": binding (true/false) is given for FLOOR and CEILING only");
            require((kind == LevelKind.BRACKET) == (d.floor() != null && d.ceiling() != null)
                            && (kind == LevelKind.BRACKET || (d.floor() == null && d.ceiling() == null)),
                    what + ": floor and ceiling are given for BRACKET only, and both");
            Part part = null;
            if (ind.isComposite()) {
                part = ind.part(d.part());
                require(part != null, what + ": composite indicator needs a known part");
            } else {
                require(d.part() == null, what + ": only composite indicators have parts");
            }
            boolean bool = ind.isBoolean();
            require(!bool || kind == LevelKind.VERIFIED || kind == LevelKind.SOURCED || kind == LevelKind.UNKNOWN,
                    what + ": a \"Đạt\" level is VERIFIED, SOURCED or UNKNOWN, never a bound");
            String unit = part != null ? part.unit() : ind.unit();
            Bound lo = null;
            Bound hi = null;
            if (kind == LevelKind.BRACKET) {
                lo = bound(d.floor(), what + ": floor", unit);
                hi = bound(d.ceiling(), what + ": ceiling", unit);
                require(lo.value().compareTo(hi.value()) <= 0, what + ": floor above ceiling");
            }
            if (d.byRegion() != null) {
                require(d.byRegion().size() == Region.values().length, what + ": byRegion must list all 7 regions");
            }
            for (Region r : Region.values()) {
                JsonNode n = d.all() != null ? d.all() : d.byRegion().get(r);
                Object value;
                LevelKind k = kind;
                Bound f = lo;
                Bound c = hi;
                if (n.isTextual() && "unknown".equals(n.asText())) {
                    value = null;
                    k = LevelKind.UNKNOWN;
                    f = null;
                    c = null;
                } else if (bool) {
                    require(n.isBoolean() && n.booleanValue(), what + ": a boolean indicator's threshold is true (Đạt)");
                    value = Boolean.TRUE;
                } else {
                    require(n.isNumber(), what + ": threshold must be a number or \"unknown\", got " + n);
                    BigDecimal v = n.decimalValue().stripTrailingZeros();
                    if (v.scale() < 0) v = v.setScale(0);
                    inRange(v, unit, what + " (" + r + ")");
                    value = v;
                    if (kind == LevelKind.FLOOR) f = new Bound(v, d.binding(), d.source());
                    if (kind == LevelKind.CEILING) c = new Bound(v, d.binding(), d.source());
                    if (kind == LevelKind.BRACKET) {
                        require(v.compareTo(lo.value()) >= 0 && v.compareTo(hi.value()) <= 0,
                                what + ": the stand-in " + v + " lies outside its bracket [" + lo.value() + ", " + hi.value() + "]");
                    }
                }
                require(k != LevelKind.UNKNOWN || value == null, what + ": an UNKNOWN threshold has no value");
                out.add(new ThresholdEntry(d.indicator(), d.part(), r, d.from(), d.to(), value, k,
                        d.citation(), d.basis(), d.source(), origin, f, c, null, null));
            }
        }
        return out;
    }

    private static Bound bound(DefinitionFiles.BoundDoc b, String what, String unit) {
        require(b.value() != null && b.binding() != null && b.source() != null && !b.source().isBlank(),
                what + ": value, binding and source are required");
        BigDecimal v = b.value().stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        inRange(v, unit, what);
        return new Bound(v, b.binding(), b.source());
    }

    /** Levels are range-checked by unit: a share lies in 0–100 %, every other level is not negative. */
    static void inRange(BigDecimal v, String unit, String what) {
        require(v.signum() >= 0, what + ": " + v + " is negative");
        require(unit == null || !unit.startsWith("%") || v.compareTo(BigDecimal.valueOf(100)) <= 0,
                what + ": " + v + " is not a share in 0–100 %");
    }

    static void require(boolean ok, String message) {
        if (!ok) throw new DefinitionsException(message);
    }

    static <T> T read(URL url, Class<T> type) {
        try (InputStream in = url.openStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new DefinitionsException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(ClassLoader cl, String path) {
        URL url = cl.getResource(path);
        if (url == null) throw new DefinitionsException("missing definitions resource " + path);
        return url;
    }

    private static List<URL> resources(ClassLoader cl, String path) {
        try {
            List<URL> out = new ArrayList<>();
            Enumeration<URL> e = cl.getResources(path);
            while (e.hasMoreElements()) out.add(e.nextElement());
            return out;
        } catch (IOException e) {
            throw new DefinitionsException("cannot list " + path, e);
        }
    }
}
