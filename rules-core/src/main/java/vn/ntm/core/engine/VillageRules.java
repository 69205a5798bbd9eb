package vn.ntm.core.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.VillageRule;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.Village;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.VillageGap;
import vn.ntm.core.result.VillageIndicator;

/**
 * Commune values from village (thôn) figures, by the rule the catalog declares for the indicator ({@link VillageRule});
 * one mechanism for every such indicator, no indicator named here. A share is truncated (not rounded) to four decimals,
 * so that a share just below a level never passes.
 */
public final class VillageRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VillageRules() { }

    /** Checks a catalog declaration against its indicator: a household share of a higher-is-better percent indicator. */
    static VillageRule checked(Indicator ind, VillageRule r, String where) {
        String at = where + ": indicator " + ind.code() + " villages: ";
        if (r.method() == null) throw new DefinitionsException(at + "method is required " + List.of(VillageRule.Method.values()));
        if (r.legalRef() == null || r.legalRef().isBlank()) throw new DefinitionsException(at + "legalRef is required");
        if (r.basis() == null || r.basis().isBlank()) throw new DefinitionsException(at + "basis is required");
        Set<String> keys = new HashSet<>();
        keys.add(VillageRule.HOUSEHOLDS);
        if (ind.isComposite()) {
            Set<String> parts = new HashSet<>();
            for (VillageRule.Field f : r.fields()) {
                Part p = f.part() == null ? null : ind.part(f.part());
                if (p == null || p.comparator() != Comparator.AT_LEAST || !p.isPercent()) {
                    throw new DefinitionsException(at + "field " + f + " must name a percent, higher-is-better part");
                }
                parts.add(p.name());
            }
            if (parts.size() != ind.parts().size()) throw new DefinitionsException(at + "every part needs exactly one field");
        } else if (ind.comparator() != Comparator.AT_LEAST || !ind.isPercent() || r.fields().size() != 1 || r.fields().get(0).part() != null) {
            throw new DefinitionsException(at + "a household share is a percent, higher-is-better indicator with one field and no part");
        }
        for (VillageRule.Field f : r.fields()) {
            if (f.served() == null || !keys.add(f.served())) throw new DefinitionsException(at + "field names must be given and distinct");
        }
        return r;
    }

    /** Every problem with the villages of an assessment, by path; nothing is defaulted. */
    /** The unit whose stated range bounds every village count (ntm/units.yaml). */
    private static final String HOUSEHOLD_UNIT = "hộ";

    public static List<InputError> validate(Assessment a, CriteriaSet set, Definitions defs) {
        List<InputError> errors = new ArrayList<>();
        if (a.villages().isEmpty()) return errors;
        Set<String> codes = new HashSet<>();
        Map<String, Integer> reporting = new LinkedHashMap<>();
        for (int i = 0; i < a.villages().size(); i++) {
            Village v = a.villages().get(i);
            String at = "villages[" + i + "]";
            if (v == null) { errors.add(new InputError(at, "expected a village")); continue; }
            if (blank(v.code())) errors.add(new InputError(at + ".code", "is required"));
            else if (!codes.add(v.code())) errors.add(new InputError(at + ".code", "village code '" + v.code() + "' is given twice"));
            if (blank(v.name())) errors.add(new InputError(at + ".name", "is required"));
            if (v.indicators().isEmpty()) {
                errors.add(new InputError(at + ".indicators", "is required: the village's figures, e.g. { \"17.1\": { \"households\": … } }"));
            }
            for (Map.Entry<String, Map<String, BigDecimal>> e : v.indicators().entrySet()) {
                String ip = at + ".indicators." + e.getKey();
                VillageRule rule = defs.villageRule(set.id(), e.getKey());
                if (rule == null) {
                    errors.add(new InputError(ip, (set.indicator(e.getKey()) == null ? "unknown indicator code '" + e.getKey() + "' in " + set.id()
                            : "indicator " + e.getKey() + " cannot be computed from villages") + ": the catalog allows "
                            + defs.villageRules(set.id()).keySet()));
                    continue;
                }
                reporting.merge(e.getKey(), 1, Integer::sum);
                if (a.notApplicable().contains(e.getKey())) {
                    errors.add(new InputError(ip, "indicator " + e.getKey() + " is declared not applicable and also given village figures"));
                }
                Map<String, BigDecimal> fig = e.getValue();
                if (fig == null) { errors.add(new InputError(ip, "expected an object with " + rule.keys())); continue; }
                for (String k : fig.keySet()) {
                    if (!rule.keys().contains(k)) errors.add(new InputError(ip + "." + k, "unknown field '" + k + "': expected " + rule.keys()));
                }
                vn.ntm.core.catalog.UnitRange range = defs.unitRange(HOUSEHOLD_UNIT);
                for (String k : rule.keys()) {
                    BigDecimal n = fig.get(k);
                    if (n == null) {
                        errors.add(new InputError(ip + "." + k, "thiếu số hộ (is required: a whole number of households)"));
                    } else if (!whole(n)) {
                        errors.add(new InputError(ip + "." + k, "số hộ phải là số nguyên không âm (expected a whole, non-negative number "
                                + "of households), got " + vn.ntm.core.input.Numbers.show(n)));
                    } else if (range != null && range.problem(n, vn.ntm.core.input.Numbers.show(n)) != null) {
                        // bounded before any sum: the commune's figure is computed from these
                        errors.add(new InputError(ip + "." + k, range.problem(n, vn.ntm.core.input.Numbers.show(n))));
                    }
                }
                BigDecimal h = fig.get(VillageRule.HOUSEHOLDS);
                for (VillageRule.Field f : rule.fields()) {
                    BigDecimal s = fig.get(f.served());
                    if (h != null && s != null && whole(h) && whole(s) && s.compareTo(h) > 0) {
                        errors.add(new InputError(ip + "." + f.served(), f.served() + " (" + s.toPlainString() + ") exceeds households ("
                                + h.toPlainString() + ")"));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : reporting.entrySet()) {
            if (e.getValue() == a.villages().size()) continue;
            for (int i = 0; i < a.villages().size(); i++) {
                Village v = a.villages().get(i);
                if (v != null && !v.indicators().containsKey(e.getKey())) {
                    errors.add(new InputError("villages[" + i + "].indicators." + e.getKey(), "is required: every village must report "
                            + e.getKey() + " when one does (the commune's figure is over all its villages)"));
                }
            }
        }
        if (!errors.isEmpty()) return errors;
        for (String code : reporting.keySet()) {
            VillageRule rule = defs.villageRule(set.id(), code);
            long households = sum(a.villages(), code, VillageRule.HOUSEHOLDS);
            if (households == 0) {
                errors.add(new InputError("villages", "the villages report 0 households in all for " + code + ": no share can be computed"));
                continue;
            }
            Object given = a.indicators().get(code);
            for (VillageRule.Field f : rule.fields()) {
                BigDecimal g = given instanceof BigDecimal b && f.part() == null ? b
                        : given instanceof Map<?, ?> m && f.part() != null && m.get(f.part()) instanceof BigDecimal b ? b : null;
                if (g == null) continue;
                long served = sum(a.villages(), code, f.served());
                BigDecimal exact = share(served, households, 10);
                if (exact.setScale(Math.max(0, g.scale()), RoundingMode.HALF_UP).compareTo(g) != 0) {
                    errors.add(new InputError("indicators." + code + (f.part() == null ? "" : "." + f.part()),
                            "the commune value " + g.toPlainString() + " disagrees with the villages' figure "
                                    + exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ("
                                    + f.served() + " " + served + " of " + households + " households over " + a.villages().size()
                                    + " villages, " + rule.legalRef() + ")"));
                }
            }
        }
        return errors;
    }

    /** The assessment with every commune value the villages give and the commune did not, computed; otherwise unchanged. */
    public static Assessment withComputed(Assessment a, Definitions defs) {
        if (a.villages().isEmpty()) return a;
        Map<String, VillageRule> rules = defs.villageRules(a.criteriaSet());
        Map<String, Object> values = new LinkedHashMap<>(a.indicators());
        boolean changed = false;
        for (Map.Entry<String, VillageRule> e : rules.entrySet()) {
            String code = e.getKey();
            if (!a.villages().get(0).indicators().containsKey(code)) continue;
            long households = sum(a.villages(), code, VillageRule.HOUSEHOLDS);
            Object given = values.get(code);
            if (e.getValue().fields().get(0).part() == null) {
                if (given != null) continue;
                values.put(code, share(sum(a.villages(), code, e.getValue().fields().get(0).served()), households, 4).stripTrailingZeros());
                changed = true;
            } else {
                Map<String, BigDecimal> parts = new LinkedHashMap<>();
                if (given instanceof Map<?, ?> m) m.forEach((k, v) -> parts.put(String.valueOf(k), (BigDecimal) v));
                for (VillageRule.Field f : e.getValue().fields()) {
                    if (parts.get(f.part()) != null) continue;
                    parts.put(f.part(), share(sum(a.villages(), code, f.served()), households, 4).stripTrailingZeros());
                    changed = true;
                }
                values.put(code, parts);
            }
        }
        return changed ? a.withIndicators(values) : a;
    }

    /** Per indicator computed from villages: the villages below the level in force and the households each must add. */
    public static List<VillageIndicator> gaps(Assessment a, Definitions defs, List<CriterionResult> criteria) {
        List<VillageIndicator> out = new ArrayList<>();
        if (a.villages().isEmpty()) return out;
        for (Map.Entry<String, VillageRule> e : defs.villageRules(a.criteriaSet()).entrySet()) {
            String code = e.getKey();
            if (!a.villages().get(0).indicators().containsKey(code)) continue;
            IndicatorResult ir = null;
            for (CriterionResult c : criteria) for (IndicatorResult i : c.indicators()) if (i.code().equals(code)) ir = i;
            VillageRule rule = e.getValue();
            long households = sum(a.villages(), code, VillageRule.HOUSEHOLDS);
            for (VillageRule.Field f : rule.fields()) {
                BigDecimal level = level(ir, f.part());
                List<VillageGap> below = new ArrayList<>();
                for (Village v : a.villages()) {
                    long h = v.indicators().get(code).get(VillageRule.HOUSEHOLDS).longValueExact();
                    long s = v.indicators().get(code).get(f.served()).longValueExact();
                    if (level == null || h == 0) continue;
                    long needed = level.multiply(BigDecimal.valueOf(h)).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
                    if (s < needed) {
                        below.add(new VillageGap(v.code(), v.name(), f.part(), h, s, share(s, h, 1), level, needed - s));
                    }
                }
                out.add(new VillageIndicator(code, f.part(), rule.method().name(), rule.legalRef(), a.villages().size(), households,
                        sum(a.villages(), code, f.served()), share(sum(a.villages(), code, f.served()), households, 2), level, below));
            }
        }
        return out;
    }

    private static BigDecimal level(IndicatorResult ir, String part) {
        if (ir == null) return null;
        Object t = ir.threshold();
        if (part == null) return t instanceof BigDecimal b ? b : null;
        return t instanceof Map<?, ?> m && m.get(part) instanceof BigDecimal b ? b : null;
    }

    private static long sum(List<Village> villages, String code, String key) {
        long n = 0;
        for (Village v : villages) n += v.indicators().get(code).get(key).longValueExact();
        return n;
    }

    private static BigDecimal share(long served, long households, int scale) {
        return BigDecimal.valueOf(served).multiply(HUNDRED).divide(BigDecimal.valueOf(households), scale,
                scale >= 4 ? RoundingMode.DOWN : RoundingMode.HALF_UP);
    }

    private static boolean whole(BigDecimal n) {
        return n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) < 0;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
