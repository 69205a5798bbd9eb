package vn.ntm.rules.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;

/** The Hữu Lũng example files (module tests run in the module folder) and one shared evaluator. */
final class Fixtures {
    static final Path EXAMPLE = Path.of("..", "examples", "huu-lung");
    static final Evaluator EVALUATOR = Evaluator.create();

    private Fixtures() { }

    static Assessment assessment(String relative) {
        Path p = EXAMPLE.resolve(relative);
        try {
            return NtmJson.readAssessment(Files.readAllBytes(p), p.toString(), EVALUATOR.definitions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssessmentResult result(String relative) { return EVALUATOR.evaluate(assessment(relative)); }

    /** A copy of an assessment on another date (the rest unchanged). */
    static Assessment on(Assessment a, String isoDate) {
        return new Assessment(a.commune(), a.criteriaSet(), java.time.LocalDate.parse(isoDate), a.indicators(), a.notApplicable(),
                a.evidence(), a.appraisals(), a.recognition());
    }

    /** The result as if every criterion were achieved: condition 1 of 18/2022 met, to test the other three. */
    static AssessmentResult allAchieved(AssessmentResult r) {
        List<CriterionResult> cs = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            cs.add(new CriterionResult(c.code(), c.name(), c.nameEn(), CriterionStatus.ACHIEVED, c.appraisal(), c.indicators(),
                    EVALUATOR.definitions().followUp().group(CriterionStatus.ACHIEVED, c.appraisal()), c.appraisedOn()));
        }
        return new AssessmentResult(r.format(), r.commune(), r.criteriaSet(), r.criteriaSetName(), r.assessedOn(), cs.size(),
                r.criteriaCount(), cs, r.missingEvidence(), r.pollReadiness(), r.recognition(), r.warnings(), r.strict(),
                r.unverifiedThresholdCount());
    }
}
