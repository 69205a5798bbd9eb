package vn.ntm.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Certainty;
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
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.facts.PartOutcome;
import vn.ntm.core.facts.PollBlocker;
import vn.ntm.core.facts.RecognitionCondition;
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
    private final List<Overlay> unmatched;
    private final ResultConstants constants;

    /**
     * @param unmatched overlays for this set that do not apply to this commune: each is a warning
     */
    ResultBuilder(Definitions defs, Parameters parameters, CriteriaSet set, Assessment a, boolean strict,
                  List<Overlay> unmatched) {
        this.defs = defs;
        this.parameters = parameters;
        this.set = set;
        this.a = a;
        this.strict = strict;
        this.unmatched = unmatched;
        this.constants = defs.resultConstants(set);
    }

    AssessmentResult build(Collected c) {
        Map<String, List<EvidenceRequirement>> missingByIndicator = new LinkedHashMap<>();
        for (MissingEvidence m : c.missing) {
            missingByIndicator.computeIfAbsent(m.getIndicator(), k -> new ArrayList<>()).add(m.getRequirement());
        }
        List<CriterionResult> criteria = new ArrayList<>();
        List<EvidenceRef> allMissing = new ArrayList<>();
        int unverified = 0;
        int lowConfidence = 0;
        int decided = 0;
        int undecidedStrict = 0;
        for (Criterion cr : set.criteria()) {
            List<IndicatorResult> inds = new ArrayList<>();
            for (Indicator ind : cr.indicators()) {
                List<IndicatorOutcome> outs = c.indicators.getOrDefault(ind.code(), List.of());
                if (outs.size() != 1) {
                    throw new IllegalStateException(set.id() + ": indicator " + ind.code() + " was decided by "
                            + outs.size() + " rules " + outs + " (exactly one expected)");
                }
                List<EvidenceRequirement> found = missingByIndicator.get(ind.code());
                List<EvidenceRef> missing = new ArrayList<>(found == null ? 0 : found.size());
                if (found != null) {
                    List<EvidenceRequirement> dossier = outs.get(0).getCheck().getRequiredEvidence();
                    if (found.size() > 1) found.sort(Comparator.comparingInt(r -> docIndex(dossier, r.code())));
                    for (EvidenceRequirement r : found) {
                        missing.add(constants.ref(r));
                        allMissing.add(constants.indicatorRef(ind.code(), r));
                    }
                }
                IndicatorResult r = indicator(ind, outs.get(0), missing);
                if (r.status() == IndicatorStatus.PASS || r.status() == IndicatorStatus.FAIL) {
                    decided++;
                    if (r.certainty() != Certainty.CERTAIN) unverified++;
                    if (ind.confidence() == Confidence.LOW) lowConfidence++;
                }
                if (r.reason() == NoDataReason.THRESHOLD_UNVERIFIED_STRICT) undecidedStrict++;
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

        List<Warning> warnings = warnings(unverified, lowConfidence, decided, undecidedStrict);
        if (c.prerequisite != null && c.prerequisite.getContradiction() != null) {
            warnings.add(0, new Warning("PREREQUISITE_RECORD_CONTRADICTED", c.prerequisite.getContradiction(),
                    c.prerequisite.getContradictionEn()));
        }
        CommuneInfo info = new CommuneInfo(a.commune().code(), a.commune().name(), a.commune().region(),
                defs.thresholdRegion(a.commune(), set.id(), a.assessedOn()), a.commune().district(), a.commune().province(), a.commune().categories());
        AssessmentResult partial = new AssessmentResult(AssessmentResult.FORMAT, info, set.id(), set.nameVi(), a.assessedOn(),
                achieved, set.criteria().size(), criteria, allMissing, new PollReadiness(ready, blockers), null, warnings,
                strict, unverified);
        return withRecognition(partial, c.recognition, extraDocuments(c));
    }

    private AssessmentResult withRecognition(AssessmentResult r, List<RecognitionCondition> decided, List<EvidenceRef> extra) {
        AssessmentResult full = new AssessmentResult(r.format(), r.commune(), r.criteriaSet(), r.criteriaSetName(), r.assessedOn(),
                r.achievedCount(), r.criteriaCount(), r.criteria(), r.missingEvidence(), r.pollReadiness(),
                Recognitions.assemble(decided, r.pollReadiness().blockers()), r.warnings(), r.strict(), r.unverifiedThresholdCount(),
                null, extra, List.of(), VillageRules.gaps(a, defs, r.criteria()));
        return full.withStillNeeds(vn.ntm.core.planning.StillNeeds.of(full));
    }

    private static int docIndex(List<EvidenceRequirement> dossier, String code) {
        for (int i = 0; i < dossier.size(); i++) if (dossier.get(i).code().equals(code)) return i;
        return Integer.MAX_VALUE;
    }

    /** The commune's documents its dossier does not list: kept and reported, never dropped. */
    private List<EvidenceRef> extraDocuments(Collected c) {
        List<EvidenceRef> out = new ArrayList<>(0);
        for (vn.ntm.core.input.EvidenceItem e : a.evidence()) {
            List<IndicatorOutcome> o = c.indicators.get(e.indicator());
            List<EvidenceRequirement> dossier = o == null || o.isEmpty() ? List.of() : o.get(0).getCheck().getRequiredEvidence();
            if (dossier.stream().noneMatch(d -> d.code().equals(e.document()))) {
                out.add(new EvidenceRef(e.indicator(), e.document(), e.title(), null, false));
            }
        }
        return out;
    }

    private IndicatorResult indicator(Indicator ind, IndicatorOutcome o, List<EvidenceRef> missing) {
        IndicatorCheck chk = o.getCheck();
        ResolvedThreshold t = chk.getThreshold();
        RuleInfo rule = constants.rule(ind.code());
        Appraisals.State ap = Appraisals.state(a.appraisals(), ind.code());
        Object threshold = null;
        String source = null;
        String citation = null;
        String basis = null;
        ThresholdEntry simple = t == null ? null : t.entry();
        if (simple != null) {
            threshold = simple.value();
            source = simple.origin();
            citation = simple.citation();
            basis = simple.verification() == Verification.PROVISIONAL ? simple.basis() : null;
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
                    if (e.verification() == Verification.PROVISIONAL && e.basis() != null) bases.add(e.basis());
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
                    e != null && e.verification() == Verification.VERIFIED, e == null ? null : e.citation(),
                    p.certainty(), p.reason()));
        }
        boolean usable = t != null && t.usable();
        return new IndicatorResult(ind.code(), ind.nameVi(), ind.nameEn(), o.getStatus(), value(ind, chk.getValue()), ind.comparator(),
                threshold, ind.unit(), o.getGap(), rule == null ? null : rule.legalRef(),
                usable && t.verified(), ap.level(), missing, source, citation, basis, o.getReason(),
                ind.confidence().name(), ind.doubt(), rule == null ? null : rule.name(), parts, ap.date(),
                o.getCertainty(),
                simple == null || simple.provenance() != null ? null : simple.kind(),
                simple == null || simple.floor() == null ? null : simple.floor().value(),
                simple == null || simple.ceiling() == null ? null : simple.ceiling().value(),
                simple == null ? null : simple.provenance());
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
                    out.add(constants.criterionBlocker(b.getKind(), cr));
                }
            }
        }
        for (Criterion cr : set.criteria()) {
            for (Indicator ind : cr.indicators()) {
                List<vn.ntm.core.facts.IndicatorOutcome> outs = c.indicators.get(ind.code());
                List<EvidenceRequirement> dossier = outs == null || outs.isEmpty() ? ind.evidence() : outs.get(0).getCheck().getRequiredEvidence();
                if (dossier.isEmpty()) continue;
                for (EvidenceRequirement r : dossier) {
                    List<PollBlocker> bs = byRef.get(ind.code() + ":" + r.code());
                    if (bs == null) continue;
                    for (PollBlocker b : bs) {
                        if (b.getKind() == vn.ntm.core.facts.BlockerKind.EVIDENCE_MISSING) {
                            out.add(constants.evidenceBlocker(ind, r));
                        }
                    }
                }
            }
        }
        if (out.size() != found.size()) throw new IllegalStateException("unplaced poll blockers: " + found.size() + " vs " + out.size());
        return out;
    }

    private List<Warning> warnings(int unverified, int lowConfidence, int decided, int undecidedStrict) {
        List<Warning> w = new ArrayList<>();
        if (unverified > 0) {
            w.add(new Warning("UNVERIFIED_THRESHOLDS",
                    unverified + "/" + decided + " kết quả chỉ tiêu là tạm tính: quyết định bằng mức thay thế chưa được xác minh"
                            + " với văn bản chính thức (chế độ --strict coi các kết quả này là chưa có số liệu)",
                    unverified + " of " + decided + " indicator results are provisional: decided with a stand-in level not verified"
                            + " against the official text (--strict treats them as no data)"));
        }
        if (undecidedStrict > 0) {
            w.add(new Warning("PROVISIONAL_UNDECIDED_STRICT",
                    undecidedStrict + " chỉ tiêu chưa kết luận được vì chỉ có mức tạm tính (chế độ nghiêm ngặt)",
                    undecidedStrict + " indicators are left undecided because only a provisional level is known (strict mode)"));
        }
        for (Overlay o : unmatched) {
            w.add(new Warning("OVERLAY_NOT_APPLIED",
                    "Mức của tỉnh " + o.province() + " (" + o.source() + ") không áp dụng cho xã này: tỉnh của xã là "
                            + (a.commune().province() == null ? "(không ghi)" : a.commune().province()) + "; xã được đánh giá theo mức quốc gia",
                    "The overlay for " + o.province() + " (" + o.source() + ") does not apply to this commune (province "
                            + (a.commune().province() == null ? "not given" : a.commune().province()) + "): national levels are used"));
        }
        if (lowConfidence > 0) {
            w.add(new Warning("LOW_CONFIDENCE_CONTENT",
                    lowConfidence + "/" + decided + " kết quả chỉ tiêu có nội dung chỉ tiêu chưa được đối chiếu văn bản gốc (độ tin cậy thấp)",
                    lowConfidence + " of " + decided + " indicator results concern indicators whose wording is not confirmed (low confidence)"));
        }
        Integer official = set.officialIndicatorCount();
        if (official != null && official != set.indicators().size()) {
            // said in every result (and the report heading) until the official table is found
            w.add(new Warning(Warning.INDICATORS_NOT_ENCODED,
                    "đã mã hóa " + set.indicators().size() + "/" + official + " chỉ tiêu",
                    set.indicators().size() + " of the " + official + " indicators encoded"));
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
