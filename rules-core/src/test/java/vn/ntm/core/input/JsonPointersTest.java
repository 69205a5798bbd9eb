package vn.ntm.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The contract's dotted paths as RFC 6901 pointers: indicator codes keep their dots, array indexes become segments. */
class JsonPointersTest {

    @Test
    void indicatorCodesWithDotsAreOneSegment() {
        assertEquals("/indicators/17.1/piped", JsonPointers.fromPath("indicators.17.1.piped"));
        assertEquals("/indicators/10", JsonPointers.fromPath("indicators.10"));
        assertEquals("/indicators/3.1", new InputError("indicators.3.1", "value 150 is outside 0–100 (%)").pointer());
    }

    @Test
    void arrayIndexesAndBatchPrefixes() {
        assertEquals("/evidence/0/document", JsonPointers.fromPath("evidence[0].document"));
        assertEquals("/2/indicators/3.1", JsonPointers.fromPath("[2].indicators.3.1"));
        assertEquals("/recognition/satisfactionPoll/households", JsonPointers.fromPath("recognition.satisfactionPoll.households"));
    }

    @Test
    void markersMeanTheWholeDocument() {
        assertEquals("", JsonPointers.fromPath("(syntax)"));
        assertEquals("", JsonPointers.fromPath("(document)"));
    }

    @Test
    void theDocumentDecidesKeysThatAreNotDottedNumbers() throws Exception {
        var doc = new ObjectMapper().readTree("{\"indicators\": {\"x.y\": 1, \"a/b~c\": 2}, \"commune\": {}}");
        assertEquals("/indicators/x.y", JsonPointers.resolve("indicators.x.y", doc));
        assertEquals("/indicators/a~1b~0c", JsonPointers.resolve("indicators.a/b~c", doc));
        // a missing field still gets the grammar's pointer
        assertEquals("/commune/code", JsonPointers.resolve("commune.code", doc));
    }
}
