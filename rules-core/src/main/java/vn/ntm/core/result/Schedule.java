package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a district plan asks of this commune as of a date (the assessment date, or a district report's date) (extension of ntm-result/1, present only
 * when a plan was applied): each open item with its due date and whether it is overdue, and the next weekly report.
 *
 * @param source      the letter the deadlines come from
 * @param nextReport  the next weekly progress report on or after {@code asOf}; null outside the reporting period and
 *                    once the commune achieves every criterion (the letter: "until the criteria are done")
 */
@JsonPropertyOrder({"district", "source", "asOf", "openCount", "overdueCount", "items", "nextReport"})
public record Schedule(String district, String source, LocalDate asOf, int openCount, int overdueCount,
                       List<OpenItem> items, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDateTime nextReport) {
}
