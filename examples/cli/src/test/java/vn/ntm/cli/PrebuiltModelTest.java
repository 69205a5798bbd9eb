package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import vn.ntm.core.engine.Definitions;

/**
 * Proves that what runs is the executable model compiled at build time: the runtime classpath the CLI ships
 * with cannot compile DRL at all, and every rule package in the rule bases comes from a pre-built model class.
 */
class PrebuiltModelTest {

    @Test
    void runtimeCannotCompileRules() {
        // the DRL → executable-model generator and the Eclipse compiler are excluded from the runtime
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.drools.model.codegen.ExecutableModelProject"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jdt.internal.compiler.Compiler"));
    }

    @Test
    void ruleBasesAreMadeOfThePrebuiltModels() {
        Definitions d = Definitions.load();
        Set<String> modelPackages = new HashSet<>();
        for (String m : d.modelClasses()) modelPackages.add(m.substring(0, m.lastIndexOf('.')));
        assertFalse(modelPackages.isEmpty());
        for (String set : d.sets().keySet()) {
            KieBase kb = d.kieBase(set);
            assertTrue(kb.getKiePackages().size() >= 2, "the set's package and the common rules");
            kb.getKiePackages().forEach(p -> {
                if (!p.getRules().isEmpty()) assertTrue(modelPackages.contains(p.getName()), p.getName() + " not from a pre-built model");
            });
            assertEquals(d.set(set).indicators().size(), d.rules(set).size());
        }
    }
}
