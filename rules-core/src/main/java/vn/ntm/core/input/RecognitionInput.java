package vn.ntm.core.input;

/** Facts for recognition under 18/2022/QĐ-TTg beyond the criteria themselves. Any may be null (unknown). */
public record RecognitionInput(Boolean outstandingConstructionDebt, Boolean securityOrderComplicated,
                               SatisfactionPoll satisfactionPoll) {
}
