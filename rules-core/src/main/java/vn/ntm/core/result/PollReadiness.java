package vn.ntm.core.result;

import java.util.List;

/** Whether the commune may go to the resident satisfaction poll: only at 19/19 with every dossier complete. */
public record PollReadiness(boolean ready, List<Blocker> blockers) {
}
