package vn.ntm.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One hand-written law case: a small assessment, what the law says of it, and the line of the law or of the letter
 * it comes from.
 *
 * @param set    the criteria set the assessment is made under
 * @param file   the case file, for messages
 * @param name   what the case is about, in the law's words (the test's name)
 * @param source the row of the reference or the line of the letter the expectation is written from
 * @param input  the assessment as the case file gives it (values, region, date, …)
 * @param expect the expected outcomes, as literals
 */
public record LawCase(String set, String file, String name, String source, ObjectNode input, JsonNode expect) {
    @Override
    public String toString() { return file + ": " + name; }
}
