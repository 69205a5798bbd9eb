package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.ntm.core.facts.BlockerKind;

/** One reason the poll (or recognition) cannot go ahead: message in Vietnamese, with an English one alongside. */
@JsonPropertyOrder({"kind", "ref", "message", "messageEn"})
public record Blocker(BlockerKind kind, String ref, String message, String messageEn) {
}
