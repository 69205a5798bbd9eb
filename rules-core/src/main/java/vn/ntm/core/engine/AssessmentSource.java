package vn.ntm.core.engine;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.input.Assessment;

/**
 * A batch of assessments that can be read item by item, more than once: a list in memory, or files on disk read on
 * demand. What a batch needs to find companion assessments is only each item's {@link Key}, so large batches never
 * hold every assessment at once.
 */
public interface AssessmentSource {

    /** What identifies an item as a possible companion: commune code, criteria set and assessment date. */
    record Key(String commune, String criteriaSet, LocalDate assessedOn) { }

    int size();

    /** The item's key, or null when it cannot be read (such an item is nobody's companion). */
    Key key(int i);

    /**
     * The item, fully read and checked.
     *
     * @throws vn.ntm.core.input.InvalidAssessmentException when it is not a valid assessment
     */
    Assessment load(int i);

    /** A batch held in memory. */
    static AssessmentSource of(List<Assessment> list) {
        List<Assessment> items = List.copyOf(list);
        return new AssessmentSource() {
            @Override public int size() { return items.size(); }

            @Override public Key key(int i) {
                Assessment a = items.get(i);
                return a.commune() == null || a.commune().code() == null || a.criteriaSet() == null || a.assessedOn() == null
                        ? null : new Key(a.commune().code(), a.criteriaSet(), a.assessedOn());
            }

            @Override public Assessment load(int i) { return items.get(i); }
        };
    }
}
