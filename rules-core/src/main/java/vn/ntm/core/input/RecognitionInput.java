package vn.ntm.core.input;

/**
 * Facts for recognition beyond the criteria themselves (the input contract's recognition object). Any may be null
 * (unknown).
 *
 * @param securityOrderComplicated the commune is classed "phức tạp về an ninh, trật tự" (the wording before 03/2024)
 * @param securityOrderSafe        the commune meets the "An toàn về an ninh, trật tự" standard (the wording of
 *                                 03/2024/QĐ-TTg); an extension of the contract, optional
 */
public record RecognitionInput(Boolean outstandingConstructionDebt, Boolean securityOrderComplicated,
                               SatisfactionPoll satisfactionPoll, Boolean securityOrderSafe) {

    public RecognitionInput(Boolean outstandingConstructionDebt, Boolean securityOrderComplicated, SatisfactionPoll satisfactionPoll) {
        this(outstandingConstructionDebt, securityOrderComplicated, satisfactionPoll, null);
    }
}
