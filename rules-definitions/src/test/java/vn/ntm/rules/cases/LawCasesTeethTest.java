package vn.ntm.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Definitions;

/**
 * The law cases have teeth: for every indicator of every set, a copy of the law with that indicator's direction
 * flipped makes at least one case fail, and so does every VERIFIED threshold value moved one step up or down.
 *
 * <p>How a copy is made is in {@link LawMutations}: the direction is flipped in the catalog and in the rule together
 * (the rule base is rebuilt from the pre-built executable model with a DSL twin of that one rule), so the engine's
 * own guard, which fails loudly when catalog and rule disagree, never fires: a mutation counts as caught only when a
 * case's literal expectation disagrees with the mutated law's result. A case that cannot be evaluated at all would
 * also count as failing ({@link CaseRunner} reports it per case), which is why the control first rebuilds each set's
 * rule base from DSL twins that read every indicator the same way and checks that every case still holds.
 *
 * <p>The test prints, per mutation, the first case that caught it, and fails naming every mutation no case caught.
 */
@DisplayName("Law cases have teeth: every direction flip and every VERIFIED value step is caught")
class LawCasesTeethTest {
    private static final Definitions DEFS = LawCasesTest.DEFS;
    private static final List<LawCase> CASES = LawCases.all();

    @Test
    void rebuildingTheRulesUnchangedKeepsEveryCaseGreen() {
        LawMutations m = new LawMutations(DEFS);
        for (String set : DEFS.sets().keySet()) {
            CaseRunner runner = new CaseRunner(m.rebuiltUnchanged(set));
            List<String> failing = new ArrayList<>();
            for (LawCase c : CASES) {
                List<String> wrong = runner.run(c);
                if (!wrong.isEmpty()) failing.add(c + ": " + wrong);
            }
            assertEquals(List.of(), failing, set + ": the control (DSL twins reading the same way) must change nothing");
        }
    }

    @Test
    void everyDirectionFlipIsCaughtByACase() {
        List<LawMutations.Mutation> mutations = new LawMutations(DEFS).directionFlips();
        assertCaught(mutations, "direction flips");
        // every indicator of every set has at least one flip
        long indicators = DEFS.sets().values().stream().mapToLong(s -> s.indicators().size()).sum();
        assertEquals(indicators, mutations.stream().map(x -> x.set() + "/" + x.indicator()).distinct().count());
        // the copies never leak into the law they were made from
        CaseRunner original = new CaseRunner(DEFS);
        assertEquals(List.of(), CASES.stream().filter(c -> !original.run(c).isEmpty()).map(LawCase::toString).toList());
    }

    @Test
    void everyVerifiedValueMovedOneStepIsCaughtByACase() {
        List<LawMutations.Mutation> mutations = new LawMutations(DEFS).verifiedValueSteps();
        assertTrue(!mutations.isEmpty(), "there are VERIFIED numeric levels (3.1; kiểu mẫu 3 and 4)");
        assertCaught(mutations, "VERIFIED value steps");
    }

    private static void assertCaught(List<LawMutations.Mutation> mutations, String kind) {
        List<String> missed = new ArrayList<>();
        StringBuilder report = new StringBuilder("Law-case teeth, " + kind + " (" + mutations.size() + " mutations):\n");
        for (LawMutations.Mutation m : mutations) {
            CaseRunner runner = new CaseRunner(m.law());
            String caughtBy = null;
            for (LawCase c : likelyFirst(m)) {
                List<String> wrong = runner.run(c);
                if (!wrong.isEmpty()) {
                    caughtBy = c + " — " + wrong.get(0);
                    break;
                }
            }
            String line = m.set() + " " + m.indicator() + " (" + m.what() + "): ";
            report.append("  ").append(line).append(caughtBy == null ? "NOT CAUGHT" : "caught by " + caughtBy).append('\n');
            if (caughtBy == null) missed.add(line);
        }
        System.out.print(report);
        assertEquals(List.of(), missed, "mutations of the law that no case caught");
    }

    /** The cases of the mutated set that name the indicator first: the run stops at the first that fails. */
    private static List<LawCase> likelyFirst(LawMutations.Mutation m) {
        String quoted = "\"" + m.indicator() + "\"";
        List<LawCase> out = new ArrayList<>(CASES);
        out.sort(Comparator.comparingInt(c -> (c.set().equals(m.set()) ? 0 : 2) + (c.input().toString().contains(quoted) ? 0 : 1)));
        return out;
    }
}
