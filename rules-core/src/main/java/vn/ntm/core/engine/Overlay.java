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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Provenance;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;

/**
 * A provincial overlay: levels for one province's communes, each with its own provenance and citation (format
 * {@code ntm-overlay/1}, YAML or JSON). Loaded at run time, no rebuild needed, and read as strictly as an assessment:
 * a repeated key, an unknown field, a period that ends before it starts or overlaps another, or a level outside its
 * unit's range is an error naming the overlay.
 *
 * <p>Each level is {@link Provenance#PROVINCIAL} (the province's own decision) or {@link Provenance#NATIONAL_READ} (a
 * national level the overlay's author read in the official text). It may tighten any level, replace a provisional
 * one and fill an unknown one; it may not loosen a VERIFIED national level of the regions that apply to the
 * province's communes (its own region, and those the law's region rules move some communes to). It is never shown as
 * a level this project verified: outcomes on it are certain only when the caller accepts overlays.
 */
public final class Overlay {
    public static final String FORMAT = "ntm-overlay/1";

    record File(String format, String province, Region region, String decision, String criteriaSet, List<Item> thresholds,
                Dossier evidence) { }

    /**
     * The province's own evidence dossier: for each indicator it lists, its documents replace the law module's.
     * {@code strict}: a commune's document not in the dossier is an input error (otherwise it is kept and reported
     * as an extra document).
     */
    record Dossier(Boolean strict, List<EvidenceRequirement> documents) { }

    /** {@code verified} is the old spelling, refused with a message that names its replacement. */
    record Item(String indicator, String part, LocalDate from, LocalDate to, JsonNode value, Provenance provenance,
                Boolean verified, String citation) { }

    private final String province;
    private final String decision;
    private final String criteriaSet;
    private final ThresholdTable table;
    private final String source;
    private final Map<String, List<EvidenceRequirement>> dossier;
    private final boolean strictDossier;

    private Overlay(String province, String decision, String criteriaSet, ThresholdTable table, String source,
                    Map<String, List<EvidenceRequirement>> dossier, boolean strictDossier) {
        this.province = province;
        this.decision = decision;
        this.criteriaSet = criteriaSet;
        this.table = table;
        this.source = source;
        this.dossier = dossier;
        this.strictDossier = strictDossier;
    }

    /** The province's documents for an indicator, or null where the law module's dossier stands. */
    public List<EvidenceRequirement> dossier(String indicator) { return dossier.get(indicator); }

    /** Whether a commune's document outside the dossier is an input error rather than an extra document. */
    public boolean strictDossier() { return strictDossier; }

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
        if (f.region() == null) errors.add("region (the province's own region, e.g. TDMNPB) is required");
        CriteriaSet set = f.criteriaSet() == null ? null : defs.set(f.criteriaSet());
        if (set == null) errors.add("criteriaSet " + f.criteriaSet() + " is not a known set " + defs.sets().keySet());
        boolean noThresholds = f.thresholds() == null || f.thresholds().isEmpty();
        boolean noEvidence = f.evidence() == null || f.evidence().documents() == null || f.evidence().documents().isEmpty();
        if (noThresholds && noEvidence) errors.add("thresholds or evidence: at least one level or document is required");
        if (!errors.isEmpty()) throw new DefinitionsException("overlay " + source + ": " + String.join("; ", errors));

        String origin = f.province() + " — " + f.decision();
        List<ThresholdEntry> entries = new ArrayList<>();
        ThresholdTable national = defs.thresholds(set.id());
        // the regions whose levels the province's communes are held to: its own, and those the region rules name
        Set<Region> regions = new LinkedHashSet<>();
        regions.add(f.region());
        for (RegionRules.Rule r : defs.regionRules().all()) if (r.sets().contains(set.id())) regions.add(r.region());
        List<Item> items = f.thresholds() == null ? List.of() : f.thresholds();
        Map<String, List<EvidenceRequirement>> dossier = new java.util.LinkedHashMap<>();
        if (!noEvidence) {
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (int i = 0; i < f.evidence().documents().size(); i++) {
                EvidenceRequirement d = f.evidence().documents().get(i);
                String at = "evidence.documents[" + i + "]";
                if (d.indicator() == null || set.indicator(d.indicator()) == null) { errors.add(at + ".indicator: unknown indicator " + d.indicator()); continue; }
                if (d.code() == null || d.code().isBlank()) { errors.add(at + ".code is required"); continue; }
                if (d.titleVi() == null || d.titleVi().isBlank()) errors.add(at + ".titleVi is required");
                if (!codes.add(d.indicator() + "\u0000" + d.code())) errors.add(at + ".code " + d.code() + " is listed twice for " + d.indicator());
                if (d.assumed() && (d.basis() == null || d.basis().isBlank())) errors.add(at + ".basis: an assumed document says why");
                dossier.computeIfAbsent(d.indicator(), k -> new ArrayList<>()).add(d);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String at = "thresholds[" + i + "]";
            Indicator ind = it.indicator() == null ? null : set.indicator(it.indicator());
            if (ind == null) { errors.add(at + ".indicator: unknown indicator " + it.indicator()); continue; }
            Comparator cmp = ind.comparator();
            String unit = ind.unit();
            if (ind.isComposite()) {
                Part p = it.part() == null ? null : ind.part(it.part());
                if (p == null) { errors.add(at + ".part: indicator " + ind.code() + " needs one of its parts"); continue; }
                cmp = p.comparator();
                unit = p.unit();
            } else if (it.part() != null) {
                errors.add(at + ".part: indicator " + ind.code() + " has no parts"); continue;
            }
            if (it.verified() != null) {
                errors.add(at + ".verified: no longer accepted; say where the level comes from with provenance: "
                        + "PROVINCIAL (the province's decision) or NATIONAL_READ (the official national text, read)");
            }
            if (it.from() == null) errors.add(at + ".from is required");
            if (it.from() != null && it.to() != null && it.to().isBefore(it.from())) {
                errors.add(at + ".to " + it.to() + " is before from " + it.from());
            }
            if (it.provenance() == null) errors.add(at + ".provenance (PROVINCIAL or NATIONAL_READ) is required");
            if (it.citation() == null || it.citation().isBlank()) errors.add(at + ".citation is required");
            BigDecimal value;
            if (cmp == Comparator.BOOLEAN) {
                errors.add(at + ": a boolean indicator (Đạt) has no level to set"); continue;
            } else if (it.value() == null || !it.value().isNumber()) {
                errors.add(at + ".value must be a number"); continue;
            } else {
                value = it.value().decimalValue();
                try {
                    Definitions.inRange(value, unit, at + ".value");
                } catch (DefinitionsException e) {
                    errors.add(e.getMessage()); continue;
                }
            }
            if (it.from() == null || it.provenance() == null || it.citation() == null || it.verified() != null
                    || (it.to() != null && it.to().isBefore(it.from()))) continue;
            String basis = it.provenance() == Provenance.PROVINCIAL
                    ? "mức do tỉnh quy định (" + f.decision() + ")"
                    : "mức quốc gia do người lập overlay đọc từ văn bản chính thức; dự án chưa xác minh";
            for (Region r : regions) {
                ThresholdEntry e = new ThresholdEntry(ind.code(), it.part(), r, it.from(), it.to(), value,
                        LevelKind.SOURCED, it.citation(), basis, source, origin, null, null, it.provenance(), null);
                for (ThresholdEntry n : national.series(ind.code(), it.part(), r)) {
                    if (n.kind() == LevelKind.VERIFIED && n.overlaps(e) && loosens(cmp, value, n.number())) {
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
            return new Overlay(f.province(), f.decision(), set.id(), new ThresholdTable(entries), source, dossier,
                    f.evidence() != null && Boolean.TRUE.equals(f.evidence().strict()));
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
