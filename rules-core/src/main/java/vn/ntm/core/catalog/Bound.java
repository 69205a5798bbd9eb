package vn.ntm.core.catalog;

import java.math.BigDecimal;

/**
 * A bound on an official level that was not read: its number, whether it settles outcomes for certain, and the
 * source of the number.
 *
 * @param binding true when the bound itself is certain (the policy says which bounds are): a value beyond it on the
 *                side it settles gives a CERTAIN outcome
 */
public record Bound(BigDecimal value, boolean binding, String source) {
}
