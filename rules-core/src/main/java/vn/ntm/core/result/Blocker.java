package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.ntm.core.facts.BlockerKind;

/**
 * One reason the poll (or recognition) cannot go ahead: message in Vietnamese, with an English one alongside.
 *
 * @param undecided true when the blocker stands for missing facts rather than a failed condition (kept in memory
 *                  so that a stored result can be re-assessed without reading its message text)
 */
@JsonPropertyOrder({"kind", "ref", "message", "messageEn"})
public record Blocker(BlockerKind kind, String ref, String message, String messageEn, @JsonIgnore boolean undecided) {

    public Blocker(BlockerKind kind, String ref, String message, String messageEn) {
        this(kind, ref, message, messageEn, false);
    }
}
