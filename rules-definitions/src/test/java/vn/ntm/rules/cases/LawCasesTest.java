package vn.ntm.rules.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.core.engine.Definitions;

/**
 * The hand-written law cases ({@code src/test/resources/law-cases/<set>/*.yaml}), one test per case named by the
 * case, grouped by set and file. Each case's expectation is a literal written from the law reference or the Hữu Lũng
 * letter, and names its source; nothing here reads a threshold or the catalog to decide what to expect.
 */
@DisplayName("Law cases written by hand (tình huống viết tay từ văn bản)")
class LawCasesTest {
    /** The law as loaded, shared with the other tests of this JVM (loading it twice costs a second). */
    static final Definitions DEFS = vn.ntm.rules.nangcao.SetFixtures.DEFS;

    @TestFactory
    Stream<DynamicNode> everyLawCaseHolds() {
        CaseRunner runner = new CaseRunner(DEFS);
        Map<String, Map<String, List<DynamicNode>>> bySet = new LinkedHashMap<>();
        for (LawCase c : LawCases.all()) {
            bySet.computeIfAbsent(c.set(), k -> new LinkedHashMap<>()).computeIfAbsent(c.file(), k -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.name(), () -> {
                        List<String> wrong = runner.run(c);
                        assertTrue(wrong.isEmpty(), () -> c + " [" + c.source() + "]\n  " + String.join("\n  ", wrong));
                    }));
        }
        List<DynamicNode> out = new ArrayList<>();
        bySet.forEach((set, files) -> {
            List<DynamicNode> fs = new ArrayList<>();
            files.forEach((file, tests) -> fs.add(DynamicContainer.dynamicContainer(file, tests)));
            out.add(DynamicContainer.dynamicContainer(set, fs));
        });
        return out.stream();
    }
}
