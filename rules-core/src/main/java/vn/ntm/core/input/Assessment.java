package vn.ntm.core.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One commune's assessment against one criteria set on one date (contract document ntm-assessment/1).
 *
 * <p>Indicator values are {@link java.math.BigDecimal} numbers, {@link Boolean}s ("Đạt"), or, for composite
 * indicators, maps of part name to {@link java.math.BigDecimal}. An absent code means no data.
 */
public record Assessment(
        Commune commune,
        String criteriaSet,
        LocalDate assessedOn,
        Map<String, Object> indicators,
        List<String> notApplicable,
        List<EvidenceItem> evidence,
        List<Appraisal> appraisals,
        RecognitionInput recognition,
        Prerequisite prerequisite,
        List<Village> villages) {

    public static final String FORMAT = "ntm-assessment/1";

    public Assessment {
        // null values mean "no data" and are dropped here so that absent and null read the same
        Map<String, Object> copy = new LinkedHashMap<>();
        if (indicators != null) indicators.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        indicators = Collections.unmodifiableMap(copy);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        appraisals = appraisals == null ? List.of() : List.copyOf(appraisals);
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    /** Without village figures. */
    public Assessment(Commune commune, String criteriaSet, LocalDate assessedOn, Map<String, Object> indicators,
                      List<String> notApplicable, List<EvidenceItem> evidence, List<Appraisal> appraisals,
                      RecognitionInput recognition, Prerequisite prerequisite) {
        this(commune, criteriaSet, assessedOn, indicators, notApplicable, evidence, appraisals, recognition, prerequisite, null);
    }

    /** A copy with these indicator values (e.g. computed from the villages). */
    public Assessment withIndicators(Map<String, Object> values) {
        return new Assessment(commune, criteriaSet, assessedOn, values, notApplicable, evidence, appraisals, recognition,
                prerequisite, villages);
    }

    /** Without a prerequisite recognition record (xã NTM assessments need none). */
    public Assessment(Commune commune, String criteriaSet, LocalDate assessedOn, Map<String, Object> indicators,
                      List<String> notApplicable, List<EvidenceItem> evidence, List<Appraisal> appraisals,
                      RecognitionInput recognition) {
        this(commune, criteriaSet, assessedOn, indicators, notApplicable, evidence, appraisals, recognition, null, null);
    }

    public static Builder builder() { return new Builder(); }

    /** A fluent builder for Java and JShell callers. */
    public static final class Builder {
        private Commune commune;
        private String criteriaSet;
        private LocalDate assessedOn;
        private final Map<String, Object> indicators = new LinkedHashMap<>();
        private final List<String> notApplicable = new ArrayList<>();
        private final List<EvidenceItem> evidence = new ArrayList<>();
        private final List<Appraisal> appraisals = new ArrayList<>();
        private RecognitionInput recognition;
        private Prerequisite prerequisite;
        private final List<Village> villages = new ArrayList<>();

        public Builder commune(Commune c) { this.commune = c; return this; }

        public Builder criteriaSet(String id) { this.criteriaSet = id; return this; }

        public Builder assessedOn(LocalDate d) { this.assessedOn = d; return this; }

        public Builder assessedOn(String isoDate) { return assessedOn(LocalDate.parse(isoDate)); }

        public Builder value(String code, Number v) {
            indicators.put(code, new java.math.BigDecimal(v.toString()));
            return this;
        }

        public Builder value(String code, boolean v) { indicators.put(code, v); return this; }

        public Builder value(String code, Map<String, ? extends Number> parts) {
            Map<String, java.math.BigDecimal> m = new LinkedHashMap<>();
            parts.forEach((k, v) -> m.put(k, new java.math.BigDecimal(v.toString())));
            indicators.put(code, m);
            return this;
        }

        public Builder notApplicable(String code) { notApplicable.add(code); return this; }

        public Builder evidence(String indicator, String document) {
            evidence.add(new EvidenceItem(indicator, document, null, null, null));
            return this;
        }

        public Builder evidence(EvidenceItem e) { evidence.add(e); return this; }

        public Builder appraisal(Appraisal a) { appraisals.add(a); return this; }

        public Builder recognition(RecognitionInput r) { this.recognition = r; return this; }

        /** The commune's recognition under the prerequisite set (e.g. xã NTM, for a nâng cao assessment). */
        public Builder prerequisite(Prerequisite p) { this.prerequisite = p; return this; }

        /** A village (thôn) with its own figures for indicators computed from villages. */
        public Builder village(Village v) { villages.add(v); return this; }

        public Builder prerequisite(String criteriaSet, String recognisedBy, String isoDate) {
            return prerequisite(new Prerequisite(criteriaSet, recognisedBy, isoDate == null ? null : LocalDate.parse(isoDate)));
        }

        public Assessment build() {
            return new Assessment(commune, criteriaSet, assessedOn, indicators, notApplicable, evidence, appraisals,
                    recognition, prerequisite, villages);
        }
    }
}
