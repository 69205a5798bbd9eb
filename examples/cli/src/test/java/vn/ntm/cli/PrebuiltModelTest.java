package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * The DRL travels in the jar as text for readers (ntm/drl/…), outside the rule packages: the rules it declares
     * are exactly the rules of the pre-built model, so what an auditor reads is what runs.
     */
    @Test
    void theDrlInTheJarIsTheSourceOfThePrebuiltRules() throws Exception {
        Definitions d = Definitions.load();
        Pattern ruleName = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
        for (String set : d.sets().keySet()) {
            String pkg = d.set(set).rulePackage();
            String folder = "ntm/drl/" + pkg.replace('.', '/') + "/";
            Set<String> written = new TreeSet<>();
            int files = 0;
            for (String file : drlFiles(folder)) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + file)) {
                    Matcher m = ruleName.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) written.add(m.group(1));
                    files++;
                }
            }
            assertTrue(files > 0, "no DRL for " + set + " in " + folder);
            Set<String> running = new TreeSet<>(d.kieBase(set).getKiePackage(pkg).getRules().stream().map(r -> r.getName()).toList());
            assertEquals(running, written, set);
        }
        // and not where the engine would look for rules to compile
        assertNull(getClass().getClassLoader().getResource("vn/ntm/rules/xantm/tc03-thuy-loi.drl"));
    }

    private List<String> drlFiles(String folder) throws Exception {
        URL url = getClass().getClassLoader().getResource(folder);
        assertNotNull(url, folder);
        if (url.getProtocol().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of()); Stream<Path> s = Files.list(fs.getPath(folder))) {
                return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).toList();
            }
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).toList();
        }
    }
}
