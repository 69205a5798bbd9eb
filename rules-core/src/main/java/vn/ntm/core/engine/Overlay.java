package vn.ntm.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;

/**
 * A provincial overlay: a province sets or tightens thresholds for its own communes, citing its own decision
 * (format {@code ntm-overlay/1}, YAML or JSON). Loaded at run time, no rebuild needed.
 *
 * <p>An overlay may not loosen a verified national minimum; where the national value is only provisional, the
 * overlay's cited value wins and results name it as their source.
 */
public final class Overlay {
    public static final String FORMAT = "ntm-overlay/1";

    record File(String format, String province, String decision, String criteriaSet, List<Item> thresholds) { }

    record Item(String indicator, String part, LocalDate from, LocalDate to, JsonNode value, Boolean verified,
                String citation) { }

    private final String province;
    private final String decision;
    private final String criteriaSet;
    private final ThresholdTable table;
    private final String source;

    private Overlay(String province, String decision, String criteriaSet, ThresholdTable table, String source) {
        this.province = province;
        this.decision = decision;
        this.criteriaSet = criteriaSet;
        this.table = table;
        this.source = source;
    }

    public String province() { return province; }

    public String decision() { return decision; }

    public String criteriaSet() { return criteriaSet; }

    public String source() { return source; }

    public ThresholdTable table() { return table; }

    public boolean appliesTo(String communeProvince, String set) {
        return criteriaSet.equals(set) && communeProvince != null && normalize(communeProvince).equals(normalize(province));
    }

    static String normalize(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    public static Overlay load(Path path, Definitions defs) {
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString(), defs);
        } catch (IOException e) {
            throw new DefinitionsException("overlay " + path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Overlay load(InputStream in, String source, Definitions defs) {
        File f;
        try {
            f = Definitions.YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new DefinitionsException("overlay " + source + ": " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        if (!FORMAT.equals(f.format())) errors.add("format must be " + FORMAT);
        if (f.province() == null || f.province().isBlank()) errors.add("province is required");
        if (f.decision() == null || f.decision().isBlank()) errors.add("decision (the province's own decision) is required");
        CriteriaSet set = f.criteriaSet() == null ? null : defs.set(f.criteriaSet());
        if (set == null) errors.add("criteriaSet " + f.criteriaSet() + " is not a known set " + defs.sets().keySet());
        if (f.thresholds() == null || f.thresholds().isEmpty()) errors.add("thresholds: at least one is required");
        if (!errors.isEmpty()) throw new DefinitionsException("overlay " + source + ": " + String.join("; ", errors));

        String origin = f.province() + " — " + f.decision();
        List<ThresholdEntry> entries = new ArrayList<>();
        ThresholdTable national = defs.thresholds(set.id());
        for (int i = 0; i < f.thresholds().size(); i++) {
            Item it = f.thresholds().get(i);
            String at = "thresholds[" + i + "]";
            Indicator ind = it.indicator() == null ? null : set.indicator(it.indicator());
            if (ind == null) { errors.add(at + ".indicator: unknown indicator " + it.indicator()); continue; }
            Comparator cmp = ind.comparator();
            if (ind.isComposite()) {
                Part p = it.part() == null ? null : ind.part(it.part());
                if (p == null) { errors.add(at + ".part: indicator " + ind.code() + " needs one of its parts"); continue; }
                cmp = p.comparator();
            } else if (it.part() != null) {
                errors.add(at + ".part: indicator " + ind.code() + " has no parts"); continue;
            }
            if (it.from() == null) errors.add(at + ".from is required");
            if (it.verified() == null) errors.add(at + ".verified (true/false) is required");
            if (it.citation() == null || it.citation().isBlank()) errors.add(at + ".citation is required");
            Object value;
            if (cmp == Comparator.BOOLEAN) {
                errors.add(at + ": a boolean indicator (Đạt) has no level to set"); continue;
            } else if (it.value() == null || !it.value().isNumber()) {
                errors.add(at + ".value must be a number"); continue;
            } else {
                value = it.value().decimalValue();
            }
            if (it.from() == null || it.verified() == null || it.citation() == null) continue;
            for (Region r : Region.values()) {
                ThresholdEntry e = new ThresholdEntry(ind.code(), it.part(), r, it.from(), it.to(), value,
                        it.verified() ? Verification.VERIFIED : Verification.PROVISIONAL,
                        it.citation(), it.verified() ? null : "giá trị do tỉnh quy định, chưa xác minh", source, origin);
                for (ThresholdEntry n : national.series(ind.code(), it.part(), r)) {
                    if (n.verification() == Verification.VERIFIED && n.overlaps(e) && loosens(cmp, (BigDecimal) value, n.number())) {
                        errors.add(at + ": " + ind.code() + " = " + value + " (" + it.citation() + ") would loosen the verified national "
                                + cmp.symbol() + " " + n.number() + " for " + r + " (" + n.citation() + ")");
                    }
                }
                entries.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new DefinitionsException("overlay " + source + ": " + String.join("; ", dedupe(errors)));
        }
        try {
            return new Overlay(f.province(), f.decision(), set.id(), new ThresholdTable(entries), source);
        } catch (IllegalArgumentException e) {
            throw new DefinitionsException("overlay " + source + ": " + e.getMessage(), e);
        }
    }

    private static List<String> dedupe(List<String> errors) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(errors));
    }

    private static boolean loosens(Comparator c, BigDecimal overlay, BigDecimal national) {
        return c == Comparator.AT_LEAST ? overlay.compareTo(national) < 0 : overlay.compareTo(national) > 0;
    }
}
