package vn.ntm.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.Confidence;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.LevelKind;

/** The shapes of the law's data files (read strictly: an unknown or missing field is a load error). */
final class DefinitionFiles {
    private DefinitionFiles() { }

    /** {@code META-INF/ntm/definitions.yaml}: what a definitions jar provides. */
    /** {@code regions}: optional, the law's rules on which region's levels a commune is held to. */
    record Index(String format, String modelIndex, String commonPackage, List<String> sets, String parameters,
                 String regions, String units, String followUp) { }

    /** {@code units}: what a figure in each unit of measure can be at all (see {@link vn.ntm.core.catalog.UnitRange}). */
    record Units(List<vn.ntm.core.catalog.UnitRange> units) { }

    /**
     * {@code prerequisiteSet}/{@code prerequisiteRef}: optional, the set a commune must already be recognised under.
     * {@code officialIndicatorCount}/{@code officialIndicatorCountSource}: optional, the official set's size where the
     * catalog encodes fewer indicators.
     */
    record Catalog(String id, String nameVi, String nameEn, String legalBasis, String rulePackage,
                   LocalDate validFrom, LocalDate validTo, List<CriterionDoc> criteria,
                   String prerequisiteSet, String prerequisiteRef,
                   Integer officialIndicatorCount, String officialIndicatorCountSource) { }

    record CriterionDoc(String code, String nameVi, String nameEn, String group, Confidence confidence,
                        List<IndicatorDoc> indicators) { }

    record IndicatorDoc(String code, String nameVi, String nameEn, String unit, Comparator comparator,
                        Boolean conditional, Confidence confidence, String source, String doubt, List<Part> parts,
                        Boolean fromPrerequisite, vn.ntm.core.catalog.VillageRule villages) { }

    record Thresholds(String set, List<ThresholdDoc> thresholds) { }

    /**
     * Either {@code all} (every region) or {@code byRegion} (all seven, "unknown" allowed). For FLOOR and CEILING the
     * numbers are the bound and {@code binding} says whether it settles outcomes; a BRACKET gives its stand-in there
     * and both bounds, each with its source.
     */
    record ThresholdDoc(String indicator, String part, LocalDate from, LocalDate to, JsonNode all,
                        Map<Region, JsonNode> byRegion, LevelKind kind, Boolean binding, BoundDoc floor, BoundDoc ceiling,
                        String citation, String basis, String source) { }

    record BoundDoc(java.math.BigDecimal value, Boolean binding, String source) { }

    /** {@code regions.yaml}: categories of commune held to another region's levels, dated and cited. */
    record RegionRules(List<RegionRule> rules) { }

    record RegionRule(List<String> categories, Region region, List<String> sets, LocalDate from, LocalDate to,
                      String citation, String source) { }

    record Evidence(String set, List<EvidenceRequirement> documents) { }
}
