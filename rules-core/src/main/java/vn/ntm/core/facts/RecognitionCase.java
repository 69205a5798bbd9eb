package vn.ntm.core.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.ntm.core.engine.Parameters;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.input.SatisfactionPoll;

/**
 * What the recognition rules of the law module read, beyond the criteria outcomes already in the session: the facts
 * given for recognition (any may be missing), the number of criteria of the set, and the dated legal parameters in
 * force for the set and day. Mechanism only: the conditions themselves are rules in the law module.
 */
public final class RecognitionCase {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final RecognitionInput input;
    private final int criteriaCount;
    private final String set;
    private final LocalDate day;
    private final Parameters parameters;

    public RecognitionCase(RecognitionInput input, int criteriaCount, String set, LocalDate day, Parameters parameters) {
        this.input = input;
        this.criteriaCount = criteriaCount;
        this.set = set;
        this.day = day;
        this.parameters = parameters;
    }

    /** Whether any recognition facts were given at all. */
    public boolean isGiven() { return input != null; }

    public Boolean getOutstandingConstructionDebt() { return input == null ? null : input.outstandingConstructionDebt(); }

    public Boolean getSecurityOrderComplicated() { return input == null ? null : input.securityOrderComplicated(); }

    public Boolean getSecurityOrderSafe() { return input == null ? null : input.securityOrderSafe(); }

    public SatisfactionPoll getPoll() { return input == null ? null : input.satisfactionPoll(); }

    public int getCriteriaCount() { return criteriaCount; }

    public String getSet() { return set; }

    public LocalDate getDay() { return day; }

    /** The named parameter in force for the set on the day, or null. */
    public Parameters.Entry parameter(String name) { return parameters.find(name, set, day); }

    /** Whether part/whole is below the required percent, compared exactly; an empty whole is below any positive rate. */
    public static boolean below(int part, int whole, BigDecimal requiredPercent) {
        if (whole == 0) return requiredPercent.signum() > 0;
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(requiredPercent.multiply(BigDecimal.valueOf(whole))) < 0;
    }

    /** part/whole in percent, two decimals, rounded down so a rate is never shown higher than it is. */
    public static String percent(int part, int whole) {
        if (whole == 0) return "0";
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }
}
