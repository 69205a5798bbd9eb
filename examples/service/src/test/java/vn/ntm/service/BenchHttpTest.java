package vn.ntm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.engine.Evaluator;

/**
 * A short version of {@code ntm bench-http} (a few seconds, as CI runs it): every good answer is byte for byte the
 * expected document, every fault gets its own refusal, and the server still answers afterwards. Speed is printed by
 * the command, never asserted.
 */
class BenchHttpTest {

    @Test
    void goodRequestsStayCorrectAmongFaults() throws Exception {
        Evaluator evaluator = Evaluator.create();
        // generous: a busy CI machine must not turn a slow evaluation into a 503; stalled clients then wait 5 s
        Limits limits = new Limits(256 * 1024, 20, 16, Duration.ofSeconds(5));
        List<HttpLoad.Case> cases = BenchHttpCommand.cases(evaluator, Path.of("huu-lung"), 4);
        try (NtmServer server = NtmServer.start(evaluator, "127.0.0.1", 0, limits)) {
            HttpLoad load = new HttpLoad(server.port(), cases, limits);
            HttpLoad.Figures steady = load.run(3, Duration.ofSeconds(3), 10_000, false, null);
            assertTrue(steady.requests() > 0);
            assertEquals(0, steady.errors(), steady.firstErrors().toString());
            HttpLoad.Figures faulty = load.run(3, Duration.ofSeconds(6), 10_000, true, null);
            assertTrue(faulty.faultsSent() > 0, "faults were sent");
            assertEquals(0, faulty.errors(), faulty.firstErrors().toString());
            assertEquals(0, faulty.faultsUnexpected(), faulty.firstErrors().toString());
            assertEquals(200, new Http(server.port()).get("/v1/health").status());
        }
    }
}
