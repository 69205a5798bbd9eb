package vn.ntm.service;

import java.time.Duration;

/**
 * What one request may cost, so that a bad or greedy request never harms another in flight.
 *
 * @param maxBodyBytes request body size (413 beyond it)
 * @param maxBatch     assessments in one request (413 beyond it)
 * @param maxDepth     nesting depth of the JSON body (400 beyond it; assessments need 4)
 * @param requestTime  from the first byte of the request to the answer: a client that stalls mid-body gets 408,
 *                     an evaluation that overruns 503
 */
public record Limits(int maxBodyBytes, int maxBatch, int maxDepth, Duration requestTime) {
    public static Limits defaults() {
        return new Limits(4 * 1024 * 1024, 200, 16, Duration.ofSeconds(20));
    }
}
