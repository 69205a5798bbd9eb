package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Confidence;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.facts.CriterionOutcome;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.MissingEvidence;
import vn.ntm.core.facts.PartOutcome;
import vn.ntm.core.facts.PollBlocker;
import vn.ntm.core.facts.ResolvedThreshold;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.CommuneInfo;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.EvidenceRef;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.PartResult;
import vn.ntm.core.result.PollReadiness;
import vn.ntm.core.result.Warning;
import vn.ntm.core.workflow.Appraisals;

/** Turns what the rules derived into the result document, in catalog order. */
final class ResultBuilder {
    private final Definitions defs;
    private final Parameters parameters;
    private final CriteriaSet set;
    private final Assessment a;
    private final boolean strict;

    ResultBuilder(Definitions defs, Parameters parameters, CriteriaSet set, Assessment a, boolean strict) {
        this.defs = defs;
        this.parameters = parameters;
        this.set = set;
        this.a = a;
        this.strict = strict;
    }

    AssessmentResult build(Collected c) {
        Map<String, List<EvidenceRef>> missingByIndicator = new LinkedHashMap<>();
        for (MissingEvidence m : c.missing) {
            EvidenceRequirement r = m.getRequirement();
            missingByIndicator.computeIfAbsent(m.getIndicator(), k -> new ArrayList<>())
                    .add(new EvidenceRef(null, r.code(), r.titleVi(), r.titleEn(), r.assumed()));
        }
        List<CriterionResult> criteria = new ArrayList<>();
        List<EvidenceRef> allMissing = new ArrayList<>();
        int unverified = 0;
        int lowConfidence = 0;
        int decided = 0;
        for (Criterion cr : set.criteria()) {
            List<IndicatorResult> inds = new ArrayList<>();
            for (Indicator ind : cr.indicators()) {
                List<IndicatorOutcome> outs = c.indicators.getOrDefault(ind.code(), List.of());
                if (outs.size() != 1) {
                    throw new IllegalStateException(set.id() + ": indicator " + ind.code() + " was decided by "
                            + outs.size() + " rules " + outs + " (exactly one expected)");
                }
                List<EvidenceRef> found = missingByIndicator.get(ind.code());
                List<EvidenceRef> missing = found == null ? new ArrayList<>(0) : new ArrayList<>(found);
                if (missing.size() > 1) missing.sort(Comparator.comparingInt(e -> docIndex(ind, e.document())));
                for (EvidenceRef e : missing) {
                    allMissing.add(new EvidenceRef(ind.code(), e.document(), e.title(), e.titleEn(), e.assumed()));
                }
                IndicatorResult r = indicator(ind, outs.get(0), missing);
                if (r.status() == IndicatorStatus.PASS || r.status() == IndicatorStatus.FAIL) {
                    decided++;
                    if (!r.thresholdVerified()) unverified++;
                    if (ind.confidence() == Confidence.LOW) lowConfidence++;
                }
                inds.add(r);
            }
            CriterionOutcome co = c.criteria.get(cr.code());
            if (co == null) throw new IllegalStateException(set.id() + ": no status derived for criterion " + cr.code());
            Appraisals.State ap = Appraisals.state(a.appraisals(), cr.code());
            vn.ntm.core.workflow.FollowUpPolicy policy = defs.followUp();
            criteria.add(new CriterionResult(cr.code(), cr.nameVi(), cr.nameEn(), co.getStatus(), ap.level(), inds,
                    policy == null ? null : policy.group(co.getStatus(), ap.level()), ap.date(), ap.refusal()));
        }
        int achieved = c.achieved == null ? 0 : c.achieved.achieved();
        long check = criteria.stream().filter(x -> x.status() == CriterionStatus.ACHIEVED).count();
        if (check != achieved) throw new IllegalStateException("achieved count " + achieved + " disagrees with " + check + " achieved criteria");

        List<Blocker> blockers = blockers(c.blockers, c);
        boolean ready = c.ready != null;
        if (ready != blockers.isEmpty()) throw new IllegalStateException("poll readiness disagrees with its blockers");

        List<Warning> warnings = warnings(unverified, lowConfidence, decided);
        if (c.prerequisite != null && c.prerequisite.getContradiction() != null) {
            warnings.add(0, new Warning("PREREQUISITE_RECORD_CONTRADICTED", c.prerequisite.getContradiction(),
                    c.prerequisite.getContradictionEn()));
        }
        CommuneInfo info = new CommuneInfo(a.commune().code(), a.commune().name(), a.commune().region(),
                a.commune().thresholdRegion(), a.commune().district(), a.commune().province(), a.commune().categories());
        AssessmentResult partial = new AssessmentResult(AssessmentResult.FORMAT, info, set.id(), set.nameVi(), a.assessedOn(),
                achieved, set.criteria().size(), criteria, allMissing, new PollReadiness(ready, blockers), null, warnings,
                strict, unverified);
        return withRecognition(partial);
    }

    private AssessmentResult withRecognition(AssessmentResult r) {
        return new AssessmentResult(r.format(), r.commune(), r.criteriaSet(), r.criteriaSetName(), r.assessedOn(),
                r.achievedCount(), r.criteriaCount(), r.criteria(), r.missingEvidence(), r.pollReadiness(),
                RecognitionAssessor.assess(r, a, parameters), r.warnings(), r.strict(), r.unverifiedThresholdCount());
    }

    private static int docIndex(Indicator ind, String code) {
        for (int i = 0; i < ind.evidence().size(); i++) if (ind.evidence().get(i).code().equals(code)) return i;
        return Integer.MAX_VALUE;
    }

    private IndicatorResult indicator(Indicator ind, IndicatorOutcome o, List<EvidenceRef> missing) {
        IndicatorCheck chk = o.getCheck();
        ResolvedThreshold t = chk.getThreshold();
        RuleInfo rule = defs.rule(set.id(), ind.code());
        Appraisals.State ap = Appraisals.state(a.appraisals(), ind.code());
        Object threshold = null;
        String source = null;
        String citation = null;
        String basis = null;
        if (t != null && t.entry() != null) {
            ThresholdEntry e = t.entry();
            threshold = e.value();
            source = e.origin();
            citation = e.citation();
            basis = e.verification() == Verification.PROVISIONAL ? e.basis() : null;
        } else if (t != null && t.parts() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            Set<String> sources = new LinkedHashSet<>();
            Set<String> cites = new LinkedHashSet<>();
            Set<String> bases = new LinkedHashSet<>();
            t.parts().forEach((k, e) -> {
                m.put(k, e == null ? null : e.value());
                if (e != null) {
                    sources.add(e.origin());
                    cites.add(e.citation());
                    if (e.verification() == Verification.PROVISIONAL) bases.add(e.basis());
                }
            });
            threshold = m;
            source = sources.isEmpty() ? null : String.join("; ", sources);
            citation = cites.isEmpty() ? null : String.join("; ", cites);
            basis = bases.isEmpty() ? null : String.join("; ", bases);
        }
        List<PartResult> parts = new ArrayList<>();
        for (PartOutcome p : o.getParts()) {
            ThresholdEntry e = p.threshold();
            parts.add(new PartResult(p.part().name(), p.part().nameVi(), p.status(), p.value(), p.part().comparator(),
                    e == null ? null : e.number(), p.part().unit(), p.gap(),
                    e != null && e.verification() == Verification.VERIFIED, e == null ? null : e.citation()));
        }
        boolean usable = t != null && t.usable();
        return new IndicatorResult(ind.code(), ind.nameVi(), ind.nameEn(), o.getStatus(), value(ind, chk.getValue()), ind.comparator(),
                threshold, ind.unit(), o.getGap(), rule == null ? null : rule.legalRef(),
                usable && t.verified(), ap.level(), missing, source, citation, basis, o.getReason(),
                ind.confidence().name(), ind.doubt(), rule == null ? null : rule.name(), parts, ap.date());
    }

    /** Composite values in catalog part order, so that the input's key order never changes the output. */
    private static Object value(Indicator ind, Object v) {
        if (!(v instanceof Map<?, ?> m)) return v;
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (var p : ind.parts()) if (m.containsKey(p.name())) ordered.put(p.name(), m.get(p.name()));
        return ordered;
    }


    private List<Blocker> blockers(List<PollBlocker> found, Collected c) {
        List<Blocker> out = new ArrayList<>();
        // the set this one builds on comes first: without it nothing else matters
        for (PollBlocker b : found) {
            if (b.getKind() == vn.ntm.core.facts.BlockerKind.PREREQUISITE_NOT_MET && c.prerequisite != null) {
                out.add(Messages.prerequisiteBlocker(set, defs.set(c.prerequisite.getRequiredSet()), c.prerequisite));
            }
        }
        // grouped by ref once, then placed in catalog order: scanning every blocker per requirement was quadratic
        Map<String, List<PollBlocker>> byRef = new HashMap<>();
        for (PollBlocker b : found) byRef.computeIfAbsent(b.getRef(), k -> new ArrayList<>(1)).add(b);
        for (Criterion cr : set.criteria()) {
            for (PollBlocker b : byRef.getOrDefault(cr.code(), List.of())) {
                if (b.getKind() != vn.ntm.core.facts.BlockerKind.EVIDENCE_MISSING) {
                    out.add(Messages.criterionBlocker(b.getKind(), cr));
                }
            }
        }
        for (Criterion cr : set.criteria()) {
            for (Indicator ind : cr.indicators()) {
                if (ind.evidence().isEmpty()) continue;
                for (EvidenceRequirement r : ind.evidence()) {
                    List<PollBlocker> bs = byRef.get(ind.code() + ":" + r.code());
                    if (bs == null) continue;
                    for (PollBlocker b : bs) {
                        if (b.getKind() == vn.ntm.core.facts.BlockerKind.EVIDENCE_MISSING) {
                            out.add(Messages.evidenceBlocker(ind, r));
                        }
                    }
                }
            }
        }
        if (out.size() != found.size()) throw new IllegalStateException("unplaced poll blockers: " + found.size() + " vs " + out.size());
        return out;
    }

    private List<Warning> warnings(int unverified, int lowConfidence, int decided) {
        List<Warning> w = new ArrayList<>();
        if (unverified > 0) {
            w.add(new Warning("UNVERIFIED_THRESHOLDS",
                    unverified + "/" + decided + " kết quả chỉ tiêu dựa trên mức quy định chưa được xác minh với văn bản chính thức"
                            + " (chế độ --strict coi các kết quả này là chưa có số liệu)",
                    unverified + " of " + decided + " indicator results rest on thresholds not yet verified against the official text"
                            + " (--strict treats them as no data)"));
        }
        if (lowConfidence > 0) {
            w.add(new Warning("LOW_CONFIDENCE_CONTENT",
                    lowConfidence + "/" + decided + " kết quả chỉ tiêu có nội dung chỉ tiêu chưa được đối chiếu văn bản gốc (độ tin cậy thấp)",
                    lowConfidence + " of " + decided + " indicator results concern indicators whose wording is not confirmed (low confidence)"));
        }
        if ((set.validFrom() != null && a.assessedOn().isBefore(set.validFrom()))
                || (set.validTo() != null && a.assessedOn().isAfter(set.validTo()))) {
            w.add(new Warning("OUTSIDE_SET_PERIOD",
                    "Ngày đánh giá " + a.assessedOn() + " nằm ngoài thời gian áp dụng của bộ tiêu chí (" + set.validFrom() + " – " + set.validTo() + ")",
                    "The assessment date is outside the period of the criteria set"));
        }
        return w;
    }
}
