package vn.ntm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.engine.RuleInfo;
import vn.ntm.core.json.NtmJson;

/**
 * The catalog as the service publishes it (ntm-criteria-sets/1, ntm-criteria-set/1): every criterion and indicator
 * with the rule that decides it, its legal reference, dossier, and every dated level per region with its citation
 * and verification status, national and from the loaded provincial overlays. Written once at start-up.
 */
final class CriteriaSets {
    static final String LIST_FORMAT = "ntm-criteria-sets/1";
    static final String SET_FORMAT = "ntm-criteria-set/1";

    private final String list;
    private final Map<String, String> sets = new LinkedHashMap<>();

    CriteriaSets(Evaluator evaluator) {
        var defs = evaluator.definitions();
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (CriteriaSet s : defs.sets().values()) {
            Map<String, Object> sum = head(s);
            sum.put("criteriaCount", s.criteria().size());
            sum.put("indicatorCount", s.indicators().size());
            sum.put("href", "/v1/criteria-sets/" + s.id());
            summaries.add(sum);

            List<ThresholdEntry> levels = new ArrayList<>(defs.thresholds(s.id()).all());
            for (Overlay o : evaluator.overlays()) {
                if (o.criteriaSet().equals(s.id())) levels.addAll(o.table().all());
            }
            levels.sort(Comparator.comparing(ThresholdEntry::indicator).thenComparing(e -> e.part() == null ? "" : e.part())
                    .thenComparing(ThresholdEntry::region).thenComparing(ThresholdEntry::validFrom).thenComparing(ThresholdEntry::origin));
            Map<String, Object> doc = head(s);
            List<Object> criteria = new ArrayList<>();
            for (Criterion c : s.criteria()) criteria.add(criterion(c, s, defs.indicatorRules(s.id()), levels));
            doc.put("criteria", criteria);
            sets.put(s.id(), NtmJson.write(doc));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", LIST_FORMAT);
        doc.put("criteriaSets", summaries);
        list = NtmJson.write(doc);
    }

    String list() { return list; }

    /** The set's document, or null for an unknown id. */
    String set(String id) { return sets.get(id); }

    private static Map<String, Object> head(CriteriaSet s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", SET_FORMAT);
        m.put("id", s.id());
        m.put("name", s.nameVi());
        m.put("nameEn", s.nameEn());
        m.put("legalBasis", s.legalBasis());
        m.put("validFrom", s.validFrom());
        m.put("validTo", s.validTo());
        if (s.prerequisiteSet() != null) {
            m.put("prerequisiteSet", s.prerequisiteSet());
            m.put("prerequisiteRef", s.prerequisiteRef());
        }
        return m;
    }

    private static Map<String, Object> criterion(Criterion c, CriteriaSet s, Map<String, List<RuleInfo>> rules, List<ThresholdEntry> levels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.nameVi());
        m.put("nameEn", c.nameEn());
        m.put("confidence", c.confidence());
        List<Object> indicators = new ArrayList<>();
        for (Indicator i : c.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("code", i.code());
            im.put("name", i.nameVi());
            im.put("nameEn", i.nameEn());
            im.put("unit", i.unit());
            im.put("comparator", i.comparator());
            im.put("conditional", i.conditional());
            im.put("confidence", i.confidence());
            if (i.doubt() != null) im.put("doubt", i.doubt());
            if (i.fromPrerequisite()) im.put("fromPrerequisite", true);
            List<RuleInfo> r = rules.getOrDefault(i.code(), List.of());
            if (!r.isEmpty()) {
                im.put("rule", r.get(0).name());
                im.put("legalRef", r.get(0).legalRef());
            }
            List<Object> parts = new ArrayList<>();
            for (Part p : i.parts()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("nameVi", p.nameVi());
                pm.put("nameEn", p.nameEn());
                pm.put("unit", p.unit());
                pm.put("comparator", p.comparator());
                parts.add(pm);
            }
            if (!parts.isEmpty()) im.put("parts", parts);
            List<Object> evidence = new ArrayList<>();
            for (EvidenceRequirement e : i.evidence()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("document", e.code());
                em.put("title", e.titleVi());
                em.put("titleEn", e.titleEn());
                if (e.assumed()) em.put("assumed", true);
                evidence.add(em);
            }
            im.put("evidence", evidence);
            List<Object> lv = new ArrayList<>();
            for (ThresholdEntry e : levels) {
                if (!e.indicator().equals(i.code())) continue;
                Map<String, Object> lm = new LinkedHashMap<>();
                if (e.part() != null) lm.put("part", e.part());
                lm.put("region", e.region());
                lm.put("from", e.validFrom());
                if (e.validTo() != null) lm.put("to", e.validTo());
                lm.put("value", e.value());
                lm.put("verification", e.verification());
                lm.put("citation", e.citation());
                if (e.basis() != null) lm.put("basis", e.basis());
                if (e.source() != null) lm.put("source", e.source());
                lm.put("origin", e.origin());
                lv.add(lm);
            }
            im.put("levels", lv);
            indicators.add(im);
        }
        m.put("indicators", indicators);
        return m;
    }
}
