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
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;

/**
 * The law as loaded from a definitions jar: criteria catalogs, dated thresholds, evidence requirements, and
 * one pre-built rule base per criteria set. The engine learns every indicator code from here.
 *
 * <p>Rules are only ever loaded from the executable model compiled at build time (the kjar's
 * {@code drools-model} index); there is no runtime DRL compilation to fall back on.
 */
public final class Definitions {
    public static final String INDEX = "META-INF/ntm/definitions.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(Definitions.class);

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();
    private final Map<String, ThresholdTable> thresholds = new HashMap<>();
    private final Map<String, KieBase> kieBases = new HashMap<>();
    private final Map<String, Map<String, List<RuleInfo>>> rulesByIndicator = new HashMap<>();
    private final Map<String, List<RuleInfo>> allRules = new HashMap<>();
    private final List<String> modelClasses = new ArrayList<>();
    private final Parameters parameters;
    private final Map<String, vn.ntm.core.catalog.UnitRange> units = new HashMap<>();
    private vn.ntm.core.workflow.FollowUpPolicy followUp;

    private Definitions(ClassLoader cl) {
        List<URL> indexes = resources(cl, INDEX);
        if (indexes.isEmpty()) {
            throw new DefinitionsException("no criteria definitions on the classpath (" + INDEX
                    + "): add the rules-definitions jar");
        }
        Parameters params = null;
        for (URL url : indexes) {
            DefinitionFiles.Index index = read(url, DefinitionFiles.Index.class);
            if (!"ntm-definitions/1".equals(index.format())) {
                throw new DefinitionsException(url + ": unsupported format " + index.format());
            }
            // Cold start: the rule bases (Drools class loading, model instantiation) are built on a second thread
            // while this one parses the YAML catalogs; on two cores that hides the shorter of the two.
            RuleBases bases = RuleBases.start(this, cl, index.modelIndex(), index.commonPackage());
            for (String setId : index.sets()) loadSet(cl, setId, index.commonPackage(), bases);
            bases.await();   // model errors surface here even for an index with no sets
            if (index.parameters() != null) params = Parameters.load(resource(cl, index.parameters()));
            if (index.units() != null) loadUnits(resource(cl, index.units()));
            if (index.followUp() != null) followUp = loadFollowUp(resource(cl, index.followUp()));
        }
        this.parameters = params == null ? Parameters.none() : params;
        for (CriteriaSet s : sets.values()) {
            require(s.prerequisiteSet() == null || sets.containsKey(s.prerequisiteSet()),
                    s.id() + ": prerequisite set " + s.prerequisiteSet() + " is not loaded");
        }
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

    public KieBase kieBase(String setId) { return kieBases.get(setId); }

    public Parameters parameters() { return parameters; }

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
        return Collections.unmodifiableMap(rulesByIndicator.getOrDefault(setId, Map.of()));
    }

    /** Every rule of the set's own package (common rules excluded). */
    public List<RuleInfo> rules(String setId) { return List.copyOf(allRules.getOrDefault(setId, List.of())); }

    /** The rule that decides an indicator (exactly one, checked at load). */
    public RuleInfo rule(String setId, String indicator) {
        List<RuleInfo> r = rulesByIndicator.getOrDefault(setId, Map.of()).get(indicator);
        return r == null || r.isEmpty() ? null : r.get(0);
    }

    private List<Model> loadModels(ClassLoader cl, String modelIndex) {
        URL url = resource(cl, modelIndex);
        List<Model> models = new ArrayList<>();
        try (InputStream in = url.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) continue;
                models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
                modelClasses.add(name);
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new DefinitionsException("cannot load the pre-built rule model listed in " + modelIndex, e);
        }
        if (models.isEmpty()) throw new DefinitionsException(modelIndex + " lists no rule model");
        return models;
    }

    private void loadSet(ClassLoader cl, String setId, String commonPackage, RuleBases bases) {
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
            }
            criteria.add(new Criterion(c.code(), c.nameVi(), c.nameEn(), c.group(), c.confidence(), inds));
        }
        require((cat.prerequisiteSet() == null) == (cat.prerequisiteRef() == null),
                base + "catalog.yaml: prerequisiteSet and prerequisiteRef go together");
        CriteriaSet set = new CriteriaSet(cat.id(), cat.nameVi(), cat.nameEn(), cat.legalBasis(), cat.rulePackage(),
                cat.validFrom(), cat.validTo(), criteria, cat.prerequisiteSet(), cat.prerequisiteRef());
        for (String ind : docs.keySet()) {
            require(set.indicator(ind) != null, base + "evidence.yaml names unknown indicator " + ind);
        }
        thresholds.put(setId, new ThresholdTable(thresholdEntries(set, th, ThresholdEntry.NATIONAL, base + "thresholds.yaml")));
        sets.put(setId, set);

        KieBase kb = bases.forPackage(set.rulePackage());
        kieBases.put(setId, kb);
        indexRules(set, kb);
    }

    /** The models of one definitions jar, with one rule base per rule package (plus the common rules). */
    private static final class RuleBases {
        private final java.util.concurrent.CompletableFuture<Map<String, KieBase>> built;
        private final java.util.concurrent.CompletableFuture<List<Model>> models;
        private final String commonPackage;

        private RuleBases(java.util.concurrent.CompletableFuture<List<Model>> models,
                          java.util.concurrent.CompletableFuture<Map<String, KieBase>> built, String commonPackage) {
            this.models = models;
            this.built = built;
            this.commonPackage = commonPackage;
        }

        static RuleBases start(Definitions d, ClassLoader cl, String modelIndex, String commonPackage) {
            var models = new java.util.concurrent.CompletableFuture<List<Model>>();
            var built = new java.util.concurrent.CompletableFuture<Map<String, KieBase>>();
            Thread t = new Thread(() -> {
                try {
                    List<Model> ms = d.loadModels(cl, modelIndex);
                    models.complete(ms);
                    // one rule base per set package, as the catalogs will ask: set rules plus the common rules
                    Map<String, KieBase> out = new HashMap<>();
                    for (String pkg : packages(ms)) {
                        if (!pkg.equals(commonPackage)) out.put(pkg, build(ms, pkg, commonPackage));
                    }
                    built.complete(out);
                } catch (Throwable e) {
                    models.completeExceptionally(e);
                    built.completeExceptionally(e);
                }
            }, "ntm-definitions");
            t.setContextClassLoader(cl);
            t.setDaemon(true);
            t.start();
            return new RuleBases(models, built, commonPackage);
        }

        KieBase forPackage(String rulePackage) {
            KieBase kb = join(built).get(rulePackage);
            // a set with no rules of its own still gets the common rules (its indicators all end NO_RULE)
            return kb != null ? kb : build(join(models), rulePackage, commonPackage);
        }

        void await() { join(built); }

        private static Set<String> packages(List<Model> ms) {
            Set<String> pkgs = new java.util.LinkedHashSet<>();
            for (Model m : ms) m.getRules().forEach(r -> pkgs.add(r.getPackage()));
            return pkgs;
        }

        private static KieBase build(List<Model> models, String rulePackage, String commonPackage) {
            List<Model> mine = new ArrayList<>();
            for (Model m : models) {
                Set<String> pkgs = packages(List.of(m));
                if (pkgs.contains(rulePackage) || pkgs.contains(commonPackage)) mine.add(m);
            }
            return KieBaseBuilder.createKieBaseFromModel(mine);
        }

        private static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error er) throw er;
                throw new DefinitionsException("cannot build the rule bases", e.getCause());
            }
        }
    }

    private void indexRules(CriteriaSet set, KieBase kb) {
        Map<String, List<RuleInfo>> byIndicator = new LinkedHashMap<>();
        List<RuleInfo> own = new ArrayList<>();
        for (var pkg : kb.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object ind = r.getMetaData().get("indicator");
                Object ref = r.getMetaData().get("legalRef");
                RuleInfo info = new RuleInfo(pkg.getName(), r.getName(), ind == null ? null : unquote(ind), ref == null ? null : unquote(ref));
                if (pkg.getName().equals(set.rulePackage())) own.add(info);
                if (ind != null) byIndicator.computeIfAbsent(info.indicator(), k -> new ArrayList<>()).add(info);
            }
        }
        rulesByIndicator.put(set.id(), byIndicator);
        allRules.put(set.id(), own);
    }

    private static String unquote(Object o) {
        String s = o.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Turns threshold documents into entries, checking them against the catalog. */
    static List<ThresholdEntry> thresholdEntries(CriteriaSet set, DefinitionFiles.Thresholds th, String origin, String where) {
        List<ThresholdEntry> out = new ArrayList<>();
        for (DefinitionFiles.ThresholdDoc d : th.thresholds()) {
            String what = where + ": threshold for " + d.indicator() + (d.part() == null ? "" : "/" + d.part());
            Indicator ind = set.indicator(d.indicator());
            require(ind != null, what + ": unknown indicator");
            require(d.from() != null && d.verification() != null && d.citation() != null && d.source() != null,
                    what + ": from, verification, citation and source are required");
            require((d.all() == null) != (d.byRegion() == null), what + ": give exactly one of all / byRegion");
            require(d.verification() != Verification.PROVISIONAL || d.basis() != null,
                    what + ": a PROVISIONAL value needs its basis");
            Part part = null;
            if (ind.isComposite()) {
                part = ind.part(d.part());
                require(part != null, what + ": composite indicator needs a known part");
            } else {
                require(d.part() == null, what + ": only composite indicators have parts");
            }
            boolean bool = ind.isBoolean();
            if (d.byRegion() != null) {
                require(d.byRegion().size() == Region.values().length, what + ": byRegion must list all 7 regions");
            }
            for (Region r : Region.values()) {
                JsonNode n = d.all() != null ? d.all() : d.byRegion().get(r);
                Object value;
                Verification v = d.verification();
                if (n.isTextual() && "unknown".equals(n.asText())) {
                    value = null;
                    v = Verification.UNKNOWN;
                } else if (bool) {
                    require(n.isBoolean() && n.booleanValue(), what + ": a boolean indicator's threshold is true (Đạt)");
                    value = Boolean.TRUE;
                } else {
                    require(n.isNumber(), what + ": threshold must be a number or \"unknown\", got " + n);
                    value = n.decimalValue().stripTrailingZeros();
                    if (((BigDecimal) value).scale() < 0) value = ((BigDecimal) value).setScale(0);
                }
                require(v != Verification.UNKNOWN || value == null, what + ": an UNKNOWN threshold has no value");
                out.add(new ThresholdEntry(d.indicator(), d.part(), r, d.from(), d.to(), value, v,
                        d.citation(), d.basis(), d.source(), origin));
            }
        }
        return out;
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
