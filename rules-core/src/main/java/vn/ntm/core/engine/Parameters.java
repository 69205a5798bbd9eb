package vn.ntm.core.engine;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.catalog.Verification;

/**
 * Dated legal parameters that are not indicator thresholds (e.g. the satisfaction rate required for
 * recognition), each with its citation and verification status, like thresholds.
 */
public final class Parameters {

    /** One dated value of a named parameter for the listed criteria sets. */
    public record Entry(String name, List<String> sets, LocalDate from, LocalDate to, BigDecimal value,
                        Verification verification, String citation, String basis, String source) {
        boolean inForce(String set, LocalDate day) {
            return sets.contains(set) && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    record File(List<Entry> parameters) { }

    private final List<Entry> entries;

    private Parameters(List<Entry> entries) { this.entries = List.copyOf(entries); }

    static Parameters none() { return new Parameters(List.of()); }

    static Parameters load(URL url) {
        File f = Definitions.read(url, File.class);
        for (Entry e : f.parameters()) {
            Definitions.require(e.name() != null && e.sets() != null && e.from() != null && e.value() != null
                    && e.verification() != null && e.citation() != null && e.source() != null,
                    url + ": parameter " + e.name() + " lacks a required field");
            Definitions.require(e.verification() != Verification.PROVISIONAL || e.basis() != null,
                    url + ": provisional parameter " + e.name() + " needs its basis");
        }
        return new Parameters(f.parameters());
    }

    /** The entry in force for a set on a day, or null. */
    public Entry find(String name, String set, LocalDate day) {
        for (Entry e : entries) if (e.name().equals(name) && e.inForce(set, day)) return e;
        return null;
    }

    public List<Entry> all() { return new ArrayList<>(entries); }

    /**
     * A copy where {@code override} replaces entries of the same name for the sets it names (a caller's own cited
     * value); other sets keep theirs.
     */
    public Parameters with(Entry override) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.name().equals(override.name())) {
                out.add(e);
                continue;
            }
            List<String> kept = e.sets().stream().filter(s -> !override.sets().contains(s)).toList();
            if (!kept.isEmpty()) out.add(new Entry(e.name(), kept, e.from(), e.to(), e.value(), e.verification(),
                    e.citation(), e.basis(), e.source()));
        }
        out.add(override);
        return new Parameters(out);
    }
}
