package vn.ntm.core.facts;

/** Present only when nothing blocks the resident satisfaction poll. */
public record PollReady(boolean ready) {
}
