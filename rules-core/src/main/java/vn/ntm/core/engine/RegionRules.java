package vn.ntm.core.engine;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.CommuneCategory;

/**
 * Which region's levels a commune is held to: its own, unless a dated, cited rule of the law module holds communes of
 * some category to another region's levels. Mechanism only; the rules are data ({@code regions.yaml}).
 */
public final class RegionRules {
    /** One rule: communes of any of these categories use this region's levels, for these sets, in this period. */
    public record Rule(List<CommuneCategory> categories, Region region, List<String> sets, LocalDate from, LocalDate to,
                       String citation, String source) {
        boolean applies(Commune c, String set, LocalDate day) {
            return sets.contains(set) && !day.isBefore(from) && (to == null || !day.isAfter(to))
                    && c.categories().stream().anyMatch(categories::contains);
        }
    }

    private final List<Rule> rules;

    private RegionRules(List<Rule> rules) { this.rules = List.copyOf(rules); }

    static RegionRules none() { return new RegionRules(List.of()); }

    static RegionRules load(URL url, List<String> knownSets) {
        DefinitionFiles.RegionRules f = Definitions.read(url, DefinitionFiles.RegionRules.class);
        Definitions.require(f.rules() != null, url + ": rules are required");
        List<Rule> out = new java.util.ArrayList<>();
        for (DefinitionFiles.RegionRule r : f.rules()) {
            Definitions.require(r.categories() != null && !r.categories().isEmpty() && r.region() != null && r.sets() != null
                    && r.from() != null && r.citation() != null && r.source() != null, url + ": a region rule lacks a required field");
            Definitions.require(r.to() == null || !r.to().isBefore(r.from()), url + ": " + r.citation() + ": to is before from");
            List<CommuneCategory> cats = new java.util.ArrayList<>();
            for (String c : r.categories()) {
                try {
                    cats.add(CommuneCategory.valueOf(c));
                } catch (IllegalArgumentException e) {
                    throw new DefinitionsException(url + ": unknown commune category " + c);
                }
            }
            for (String s : r.sets()) Definitions.require(knownSets.contains(s), url + ": unknown set " + s);
            out.add(new Rule(cats, r.region(), r.sets(), r.from(), r.to(), r.citation(), r.source()));
        }
        return new RegionRules(out);
    }

    /** The region whose levels apply: the first rule that applies, else the commune's own region. */
    public Region regionFor(Commune c, String set, LocalDate day) {
        for (Rule r : rules) if (r.applies(c, set, day)) return r.region();
        return c.region();
    }

    /** The rule that moved the commune to another region's levels, or null. */
    public Rule ruleFor(Commune c, String set, LocalDate day) {
        for (Rule r : rules) if (r.applies(c, set, day)) return r;
        return null;
    }

    public List<Rule> all() { return rules; }
}
