package vn.ntm.core.engine;

import java.util.Iterator;
import org.drools.core.WorkingMemoryEntryPoint;
import org.drools.core.common.ClassAwareObjectStore;
import org.drools.core.common.ObjectStore;
import org.kie.api.runtime.rule.EntryPoint;

/**
 * Reads what the rules derived back from a session class by class, instead of walking every fact with
 * {@code getObjects()} (about 250 per commune, most of them inputs). This is the one place that uses an internal
 * Drools API ({@code WorkingMemoryEntryPoint.getObjectStore()} and {@code ClassAwareObjectStore.iterateObjects(Class)},
 * drools-core 10.1); {@code DerivedFactsTest} fails if it changes or reads anything other than {@code getObjects()}.
 */
final class DerivedFacts {
    private DerivedFacts() { }

    static Collected read(EntryPoint facts) {
        ClassAwareObjectStore store = store(facts);
        Collected c = new Collected();
        for (Class<?> kind : Collected.KINDS) {
            for (Iterator<Object> it = store.iterateObjects(kind); it.hasNext(); ) c.add(it.next());
        }
        return c;
    }

    static ClassAwareObjectStore store(EntryPoint facts) {
        ObjectStore store = facts instanceof WorkingMemoryEntryPoint w ? w.getObjectStore() : null;
        if (store instanceof ClassAwareObjectStore s) return s;
        throw new IllegalStateException("Drools internals changed: the entry point " + facts.getClass().getName()
                + " has no ClassAwareObjectStore (got " + (store == null ? "none" : store.getClass().getName())
                + "); read the session with getObjects() in Evaluator.run");
    }
}
