package vn.ntm.core.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A criteria set (e.g. xã NTM 2021–2025): its criteria and indicators in catalog order. */
public final class CriteriaSet {
    private final String id;
    private final String nameVi;
    private final String nameEn;
    private final String legalBasis;
    private final String rulePackage;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<Criterion> criteria;
    private final String prerequisiteSet;
    private final String prerequisiteRef;
    private final Integer officialIndicatorCount;
    private final String officialIndicatorCountSource;
    private final Map<String, Criterion> criteriaByCode = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorsByCode = new LinkedHashMap<>();

    public CriteriaSet(String id, String nameVi, String nameEn, String legalBasis, String rulePackage,
                       LocalDate validFrom, LocalDate validTo, List<Criterion> criteria) {
        this(id, nameVi, nameEn, legalBasis, rulePackage, validFrom, validTo, criteria, null, null);
    }

    /**
     * @param prerequisiteSet the set under which a commune must already be recognised (e.g. nâng cao needs xã NTM), or null
     * @param prerequisiteRef the legal reference for that requirement
     */
    public CriteriaSet(String id, String nameVi, String nameEn, String legalBasis, String rulePackage,
                       LocalDate validFrom, LocalDate validTo, List<Criterion> criteria,
                       String prerequisiteSet, String prerequisiteRef) {
        this(id, nameVi, nameEn, legalBasis, rulePackage, validFrom, validTo, criteria, prerequisiteSet, prerequisiteRef,
                null, null);
    }

    /**
     * @param officialIndicatorCount how many indicators the official set has, where the catalog holds fewer (null: the
     *                               catalog is complete as far as is known)
     * @param officialIndicatorCountSource where that count comes from
     */
    public CriteriaSet(String id, String nameVi, String nameEn, String legalBasis, String rulePackage,
                       LocalDate validFrom, LocalDate validTo, List<Criterion> criteria,
                       String prerequisiteSet, String prerequisiteRef,
                       Integer officialIndicatorCount, String officialIndicatorCountSource) {
        this.officialIndicatorCount = officialIndicatorCount;
        this.officialIndicatorCountSource = officialIndicatorCountSource;
        this.prerequisiteSet = prerequisiteSet;
        this.prerequisiteRef = prerequisiteRef;
        this.id = id;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.legalBasis = legalBasis;
        this.rulePackage = rulePackage;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.criteria = List.copyOf(criteria);
        for (Criterion c : this.criteria) {
            if (criteriaByCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException(id + ": criterion " + c.code() + " appears twice");
            }
            for (Indicator i : c.indicators()) {
                if (indicatorsByCode.put(i.code(), i) != null) {
                    throw new IllegalArgumentException(id + ": indicator " + i.code() + " appears twice");
                }
            }
        }
    }

    public String id() { return id; }

    public String nameVi() { return nameVi; }

    public String nameEn() { return nameEn; }

    public String legalBasis() { return legalBasis; }

    /** The DRL package holding this set's rules. */
    public String rulePackage() { return rulePackage; }

    public LocalDate validFrom() { return validFrom; }

    public LocalDate validTo() { return validTo; }

    public List<Criterion> criteria() { return criteria; }

    /** The set a commune must already be recognised under before this one applies, or null. */
    public String prerequisiteSet() { return prerequisiteSet; }

    public String prerequisiteRef() { return prerequisiteRef; }

    /** How many indicators the official set has according to its source, or null when not stated. */
    public Integer officialIndicatorCount() { return officialIndicatorCount; }

    public String officialIndicatorCountSource() { return officialIndicatorCountSource; }

    /** The same set with other criteria (e.g. a what-if or mutated copy of the law). */
    public CriteriaSet withCriteria(List<Criterion> replacement) {
        return new CriteriaSet(id, nameVi, nameEn, legalBasis, rulePackage, validFrom, validTo, replacement,
                prerequisiteSet, prerequisiteRef, officialIndicatorCount, officialIndicatorCountSource);
    }

    public Criterion criterion(String code) { return criteriaByCode.get(code); }

    public Indicator indicator(String code) { return indicatorsByCode.get(code); }

    public Map<String, Indicator> indicators() { return Collections.unmodifiableMap(indicatorsByCode); }
}
