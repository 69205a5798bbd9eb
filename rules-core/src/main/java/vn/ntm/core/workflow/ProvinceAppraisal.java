package vn.ntm.core.workflow;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.report.Format;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * What the province has appraised as achieved, counted as the letters count it: whole criteria, then the
 * indicators appraised one by one inside criteria not appraised as a whole ("04 tiêu chí và 07 chỉ tiêu").
 *
 * @param summary the count in the letter's words, e.g. "04 tiêu chí và 07 chỉ tiêu"
 */
@JsonPropertyOrder({"criteriaCount", "indicatorCount", "summary", "dates", "criteria", "indicators"})
public record ProvinceAppraisal(int criteriaCount, int indicatorCount, String summary, List<LocalDate> dates,
                                List<String> criteria, List<String> indicators) {

    public static ProvinceAppraisal of(AssessmentResult r) {
        List<String> crit = new ArrayList<>();
        List<String> inds = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CriterionResult c : r.criteria()) {
            boolean whole = c.appraisal() == AppraisalLevel.PROVINCE;
            if (whole) {
                crit.add(c.code());
                if (c.appraisedOn() != null) dates.add(c.appraisedOn());
            }
            for (IndicatorResult i : c.indicators()) {
                // a criterion with a single indicator of the same code is counted once, as a criterion
                if (!whole && i.appraisal() == AppraisalLevel.PROVINCE && !i.code().equals(c.code())) {
                    inds.add(i.code());
                    if (i.appraisedOn() != null) dates.add(i.appraisedOn());
                }
            }
        }
        String summary = Format.count2(crit.size()) + " tiêu chí và " + Format.count2(inds.size()) + " chỉ tiêu";
        return new ProvinceAppraisal(crit.size(), inds.size(), summary, List.copyOf(dates), crit, inds);
    }

    public boolean isEmpty() { return criteria.isEmpty() && indicators.isEmpty(); }
}
