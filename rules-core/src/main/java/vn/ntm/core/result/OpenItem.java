package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.workflow.AppraisalGroup;

/**
 * One criterion the district still expects work on.
 *
 * @param state       OPEN (work owed), or DOSSIER_COMPLETE (achieved, dossier complete, waiting for the province)
 * @param indicators  indicators of the criterion that do not yet pass (fail or no data)
 * @param missingEvidence how many dossier documents are still missing for the criterion
 * @param daysLeft    days from the as-of date to the due date (negative when overdue)
 */
@JsonPropertyOrder({"criterion", "name", "group", "state", "task", "taskEn", "due", "overdue", "daysLeft", "indicators",
        "missingEvidence"})
public record OpenItem(String criterion, String name, AppraisalGroup group, State state, String task, String taskEn,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due, boolean overdue,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long daysLeft, List<String> indicators, int missingEvidence) {

    public enum State { OPEN, DOSSIER_COMPLETE }
}
