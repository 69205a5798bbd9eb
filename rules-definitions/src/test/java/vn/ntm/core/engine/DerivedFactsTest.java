package vn.ntm.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.drools.core.common.ClassAwareObjectStore;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.CriterionFact;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.RecognitionCase;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.rules.nangcao.SetFixtures;

/**
 * {@link DerivedFacts} uses Drools internals (the entry point's ClassAwareObjectStore). If a Drools upgrade changes
 * them, this test fails here, by name, rather than letting results silently lose facts: reading by class must give
 * exactly what {@code getObjects()} gives, for every kind of derived fact.
 */
class DerivedFactsTest {
    private static final Evaluator EVALUATOR = SetFixtures.FILLED_IN;

    @Test
    void theSessionKeepsItsFactsInAClassAwareObjectStore() {
        KieSession s = EVALUATOR.definitions().kieBase(SetFixtures.XA).newKieSession();
        try {
            assertNotNull(DerivedFacts.store(s.getEntryPoint("DEFAULT")));
            assertSame(ClassAwareObjectStore.class, DerivedFacts.store(s.getEntryPoint("DEFAULT")).getClass());
        } finally {
            s.dispose();
        }
    }

    @Test
    void readingByClassGivesWhatGetObjectsGivesForEveryKindOfDerivedFact() {
        Commune c = SetFixtures.commune("DF", SetFixtures.TEST_PROVINCE, Region.TDMNPB);
        Set<Class<?>> seen = new HashSet<>();
        for (String set : List.of(SetFixtures.XA, SetFixtures.NANG_CAO, SetFixtures.KIEU_MAU)) {
            CriteriaSet s = EVALUATOR.definitions().set(set);
            // everything met (the poll is ready), and nothing given at all (no data, every document missing, blocked)
            Assessment.Builder full = SetFixtures.allPass(set, c, SetFixtures.DAY);
            if (s.prerequisiteSet() != null) full.prerequisite(s.prerequisiteSet(), "QĐ số 1/QĐ-UBND", null);
            Assessment ready = full.build();
            Assessment empty = Assessment.builder().commune(c).criteriaSet(set).assessedOn(SetFixtures.DAY).build();
            for (Assessment a : List.of(ready, empty)) {
                KieSession session = EVALUATOR.definitions().kieBase(set).newKieSession();
                try {
                    EntryPoint facts = session.getEntryPoint("DEFAULT");
                    for (IndicatorCheck ch : EVALUATOR.checks(a, s)) facts.insert(ch);
                    for (Criterion cr : s.criteria()) facts.insert(new CriterionFact(cr));
                    if (s.prerequisiteSet() != null) facts.insert(Companions.prerequisite(s, a, null));
                    facts.insert(new RecognitionCase(a.recognition(), s.criteria().size(), s.id(), a.assessedOn(),
                            EVALUATOR.parameters()));
                    session.fireAllRules();
                    Collected all = new Collected();
                    for (Object o : session.getObjects()) all.add(o);
                    Collected byClass = DerivedFacts.read(facts);
                    String where = set + (a == ready ? " ready" : " empty");
                    assertEquals(identities(all), identities(byClass), where);
                    for (Object o : everything(byClass)) seen.add(o.getClass());
                } finally {
                    session.dispose();
                }
            }
        }
        assertEquals(Set.copyOf(Collected.KINDS), seen, "every kind of derived fact was read back at least once");
    }

    private static List<Object> everything(Collected c) {
        List<Object> out = new ArrayList<>();
        c.indicators.values().forEach(out::addAll);
        out.addAll(c.criteria.values());
        out.addAll(c.missing);
        out.addAll(c.blockers);
        if (c.achieved != null) out.add(c.achieved);
        if (c.ready != null) out.add(c.ready);
        if (c.prerequisite != null) out.add(c.prerequisite);
        out.addAll(c.recognition);
        return out;
    }

    /** The same objects, whatever their order: identity, not equality (facts are read back, not rebuilt). */
    private static Set<Object> identities(Collected c) {
        Set<Object> s = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Collection<Object> all = everything(c);
        s.addAll(all);
        assertEquals(all.size(), s.size());
        return s;
    }
}
