package vn.ntm.core.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.engine.Definitions;

/**
 * Checks an assessment against the catalog of its criteria set. Used for both JSON and Java callers, so that
 * nothing reaches the rules that the contract calls an error. Every problem is reported.
 */
public final class AssessmentValidator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssessmentValidator() { }

    public static List<InputError> validate(Assessment a, Definitions defs) {
        List<InputError> errors = new ArrayList<>();
        Commune c = a.commune();
        if (c == null) {
            errors.add(new InputError("commune", "thiếu thông tin xã (is required)"));
        } else {
            if (blank(c.code())) errors.add(new InputError("commune.code", "thiếu mã xã (is required)"));
            if (blank(c.name())) errors.add(new InputError("commune.name", "thiếu tên xã (is required)"));
            if (c.region() == null) errors.add(new InputError("commune.region", "thiếu vùng (is required: one of TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL)"));
        }
        if (a.assessedOn() == null) errors.add(new InputError("assessedOn", "thiếu ngày đánh giá (is required, YYYY-MM-DD)"));
        CriteriaSet set = a.criteriaSet() == null ? null : defs.set(a.criteriaSet());
        if (a.criteriaSet() == null) {
            errors.add(new InputError("criteriaSet", "thiếu bộ tiêu chí (is required: one of " + defs.sets().keySet() + ")"));
        } else if (set == null) {
            errors.add(new InputError("criteriaSet", "không có bộ tiêu chí này (unknown criteria set '" + quote(a.criteriaSet()) + "': one of " + defs.sets().keySet() + ")"));
        }
        if (set == null) return errors;

        for (Map.Entry<String, Object> e : a.indicators().entrySet()) {
            String path = "indicators." + e.getKey();
            Indicator ind = set.indicator(e.getKey());
            if (ind == null) {
                errors.add(new InputError(path, "mã chỉ tiêu không có trong bộ tiêu chí (unknown indicator code '" + quote(e.getKey()) + "' in " + set.id() + ")"));
                continue;
            }
            if (ind.fromPrerequisite()) {
                errors.add(new InputError(path, "chỉ tiêu " + ind.code() + " được xác định từ bộ tiêu chí tiền đề, không nhập giá trị (indicator " + ind.code()
                        + " is decided from the prerequisite (a recognition record or a companion assessment), not from a value: remove it)"));
                continue;
            }
            checkValue(ind, e.getValue(), path, errors, defs);
            if (a.notApplicable().contains(ind.code())) {
                errors.add(new InputError(path, "chỉ tiêu " + ind.code() + " vừa khai không áp dụng vừa có giá trị (indicator " + ind.code()
                        + " is declared not applicable and also given a value)"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.notApplicable().size(); i++) {
            String code = a.notApplicable().get(i);
            String path = "notApplicable[" + i + "]";
            Indicator ind = code == null ? null : set.indicator(code);
            if (ind == null) {
                errors.add(new InputError(path, "mã chỉ tiêu không có trong bộ tiêu chí (unknown indicator code '" + quote(code) + "' in " + set.id() + ")"));
            } else if (!ind.conditional()) {
                errors.add(new InputError(path, "chỉ tiêu " + code + " không phải chỉ tiêu \"nếu có\", không được khai không áp dụng (indicator " + code
                        + " is not conditional and cannot be declared not applicable)"));
            } else if (!seen.add(code)) {
                errors.add(new InputError(path, "chỉ tiêu " + code + " được liệt kê hai lần (indicator " + code + " is listed twice)"));
            }
        }
        for (int i = 0; i < a.evidence().size(); i++) {
            EvidenceItem ev = a.evidence().get(i);
            // paths are built only on error: this runs for every commune and nearly all evidence is valid
            Indicator ind = ev.indicator() == null ? null : set.indicator(ev.indicator());
            if (ind == null) {
                errors.add(new InputError("evidence[" + i + "].indicator", "mã chỉ tiêu không có trong bộ tiêu chí (unknown indicator code '"
                        + quote(ev.indicator()) + "' in " + set.id() + ")"));
                continue;
            }
            // a document the dossier does not list is kept and reported as an extra document (real dossiers will not
            // match the documents this project had to assume); only a province's strict dossier rejects it (Evaluator)
            if (blank(ev.document())) errors.add(new InputError("evidence[" + i + "].document", "thiếu mã hồ sơ minh chứng (is required)"));
        }
        for (int i = 0; i < a.appraisals().size(); i++) {
            Appraisal ap = a.appraisals().get(i);
            String path = "appraisals[" + i + "]";
            if (ap.target() == null || (set.criterion(ap.target()) == null && set.indicator(ap.target()) == null)) {
                errors.add(new InputError(path + ".target", "không phải số tiêu chí hay mã chỉ tiêu của bộ tiêu chí ('" + quote(ap.target())
                        + "' is neither a criterion number nor an indicator code of " + set.id() + ")"));
            }
            if (ap.level() == null || ap.level() == AppraisalLevel.NONE) errors.add(new InputError(path + ".level", "thiếu cấp thẩm định (is required: SELF, DISTRICT or PROVINCE)"));
            if (ap.outcome() == null) errors.add(new InputError(path + ".outcome", "thiếu kết quả thẩm định (is required: ACHIEVED or NOT_ACHIEVED)"));
            if (ap.date() == null) errors.add(new InputError(path + ".date", "thiếu ngày thẩm định (is required, YYYY-MM-DD)"));
        }
        if (a.prerequisite() != null) checkPrerequisite(a, set, defs, errors);
        if (a.recognition() != null && a.recognition().satisfactionPoll() != null) {
            SatisfactionPoll p = a.recognition().satisfactionPoll();
            String path = "recognition.satisfactionPoll";
            vn.ntm.core.catalog.UnitRange households = defs.unitRange("hộ");
            if (p.households() <= 0) {
                errors.add(new InputError(path + ".households", "số hộ phải lớn hơn 0 (must be a positive number of households)"));
            } else if (households != null && households.problem(BigDecimal.valueOf(p.households()), "") != null) {
                errors.add(new InputError(path + ".households",
                        households.problem(BigDecimal.valueOf(p.households()), String.valueOf(p.households()))));
            }
            if (p.respondents() < 0 || p.respondents() > p.households()) {
                errors.add(new InputError(path + ".respondents", "số hộ được hỏi phải từ 0 đến số hộ " + p.households()
                        + " (must be between 0 and households, " + p.households() + ")"));
            }
            if (p.satisfied() < 0 || p.satisfied() > p.respondents()) {
                errors.add(new InputError(path + ".satisfied", "số hộ hài lòng phải từ 0 đến số hộ được hỏi " + p.respondents()
                        + " (must be between 0 and respondents, " + p.respondents() + ")"));
            }
        }
        errors.addAll(vn.ntm.core.engine.VillageRules.validate(a, set, defs));
        return errors;
    }

    private static void checkPrerequisite(Assessment a, CriteriaSet set, Definitions defs, List<InputError> errors) {
        Prerequisite p = a.prerequisite();
        if (set.prerequisiteSet() == null) {
            errors.add(new InputError("prerequisite", "bộ tiêu chí " + set.id() + " không có bộ tiêu chí tiền đề (criteria set " + set.id()
                    + " has no prerequisite set: remove this field)"));
            return;
        }
        if (p.criteriaSet() == null || !p.criteriaSet().equals(set.prerequisiteSet())) {
            errors.add(new InputError("prerequisite.criteriaSet", "phải là " + set.prerequisiteSet() + " (must be " + set.prerequisiteSet()
                    + ", the set a commune must be recognised under before " + set.id() + "; got '" + quote(p.criteriaSet()) + "')"));
        }
        if (blank(p.recognisedBy())) {
            errors.add(new InputError("prerequisite.recognisedBy", "thiếu quyết định công nhận, ví dụ \"QĐ số 103/QĐ-UBND\" (is required: the recognition decision)"));
        }
        if (p.date() != null && a.assessedOn() != null && p.date().isAfter(a.assessedOn())) {
            errors.add(new InputError("prerequisite.date", "ngày công nhận sau ngày đánh giá (recognition date " + p.date()
                    + " is after the assessment date " + a.assessedOn() + ")"));
        }
    }

    private static void checkValue(Indicator ind, Object v, String path, List<InputError> errors, Definitions defs) {
        if (ind.isBoolean()) {
            if (!(v instanceof Boolean)) errors.add(new InputError(path, "chỉ tiêu " + ind.code() + " là Đạt/Không đạt (indicator " + ind.code()
                    + " is yes/no: expected true or false, got " + describe(v) + ")"));
        } else if (ind.isComposite()) {
            if (!(v instanceof Map<?, ?> m)) {
                errors.add(new InputError(path, "chỉ tiêu " + ind.code() + " gồm nhiều thành phần (indicator " + ind.code()
                        + " is composite: expected an object with parts " + ind.parts().stream().map(Part::name).toList() + ", got " + describe(v) + ")"));
                return;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Part p = ind.part(String.valueOf(e.getKey()));
                String pp = path + "." + e.getKey();
                if (p == null) {
                    errors.add(new InputError(pp, "thành phần không có của chỉ tiêu (unknown part '" + quote(String.valueOf(e.getKey())) + "' of indicator "
                            + ind.code() + ": expected " + ind.parts().stream().map(Part::name).toList() + ")"));
                } else if (e.getValue() != null) {
                    checkNumber(e.getValue(), p.isPercent(), p.unit(), pp, errors, defs);
                }
            }
        } else {
            checkNumber(v, ind.isPercent(), ind.unit(), path, errors, defs);
        }
    }

    private static void checkNumber(Object v, boolean percent, String unit, String path, List<InputError> errors,
                                    Definitions defs) {
        if (!(v instanceof BigDecimal n)) {
            errors.add(new InputError(path, "phải là một số (expected a number (" + unit + "), got " + describe(v) + ")"));
            return;
        }
        String insane = Numbers.problem(n);
        if (insane != null) {
            errors.add(new InputError(path, insane + ": " + Numbers.show(n)));
            return;
        }
        vn.ntm.core.catalog.UnitRange range = defs.unitRange(unit);
        if (range != null) {
            String why = range.problem(n, Numbers.show(n));
            if (why != null) errors.add(new InputError(path, why));
            return;
        }
        if (percent && (n.signum() < 0 || n.compareTo(HUNDRED) > 0)) {
            errors.add(new InputError(path, "giá trị " + Numbers.show(n) + " nằm ngoài khoảng 0–100 (value " + Numbers.show(n) + " is outside 0–100 (" + unit + "))"));
        } else if (!percent && n.signum() < 0) {
            errors.add(new InputError(path, "giá trị " + Numbers.show(n) + " là số âm (value " + Numbers.show(n) + " is negative (" + unit + "))"));
        }
    }

    private static String describe(Object v) {
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof BigDecimal n) return Numbers.show(n);
        if (v instanceof Map) return "an object";
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** A value from the input as a message quotes it: at most 40 characters. */
    private static String quote(String s) {
        if (s == null) return "null";
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
