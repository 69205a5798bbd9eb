package vn.ntm.core.input;

/** Result of the resident satisfaction poll run by the Fatherland Front. */
public record SatisfactionPoll(int households, int respondents, int satisfied) {
}
