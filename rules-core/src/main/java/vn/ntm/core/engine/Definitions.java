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
 * {@code drools-model} index); there is no runtime DRL compilation to fall back on. A set's rule base (and only
 * its own model classes) is built on first use, so a run over one set never pays for the others.
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
    /** Filled per set on first use (see {@link #ruled}); written under the lock, read freely. */
    private final Map<String, KieBase> kieBases = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, List<RuleInfo>>> rulesByIndicator = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<RuleInfo>> allRules = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, RuleModels> modelsOfSet = new HashMap<>();
    /** One lock per set: two sets first used at once (a batch over both) build their rule bases in parallel. */
    private final Map<String, Object> ruleLocks = new HashMap<>();
    private final List<String> modelClasses = new ArrayList<>();
    private final Parameters parameters;
    private final Map<String, ResultConstants> resultConstants = new java.util.concurrent.ConcurrentHashMap<>();

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
            RuleModels models = RuleModels.read(cl, index.modelIndex(), index.commonPackage());
            models.prepareCommon();   // on a second thread, while this one parses the YAML catalogs
            modelClasses.addAll(models.classNames);
            for (String setId : index.sets()) {
                loadSet(cl, setId);
                modelsOfSet.put(setId, models);
                ruleLocks.put(setId, new Object());
            }
            if (index.parameters() != null) params = Parameters.load(resource(cl, index.parameters()));
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

    public KieBase kieBase(String setId) { return ruled(setId) ? kieBases.get(setId) : null; }

    public Parameters parameters() { return parameters; }

    /** The parts of a result that depend on the set only, made on first use. */
    ResultConstants resultConstants(CriteriaSet set) {
        return resultConstants.computeIfAbsent(set.id(), k -> new ResultConstants(this, set));
    }

    /** The pre-built executable-model classes the rule bases are made from. */
    public List<String> modelClasses() { return List.copyOf(modelClasses); }

    /** Every rule of a set's rule base that names an indicator in its metadata, keyed by that indicator. */
    public Map<String, List<RuleInfo>> indicatorRules(String setId) {
        ruled(setId);
        return Collections.unmodifiableMap(rulesByIndicator.getOrDefault(setId, Map.of()));
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
