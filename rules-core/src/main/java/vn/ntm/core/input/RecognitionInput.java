package vn.ntm.core.input;

/** Facts for recognition beyond the criteria themselves (the input contract's recognition object). Any may be null (unknown). */
public record RecognitionInput(Boolean outstandingConstructionDebt, Boolean securityOrderComplicated,
                               SatisfactionPoll satisfactionPoll) {
}
