package vn.ntm.rules.cases;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the case files under {@code law-cases/<set>/*.yaml} (test resources). A file names its {@code set}, may give
 * {@code defaults} merged into each of its cases and {@code bases} (named inputs any case of the same set may build
 * on with {@code base:}), and lists {@code cases}. Nothing here reads the catalog or the thresholds: the expectations
 * are literals in the files.
 */
public final class LawCases {
    public static final String ROOT = "law-cases";
    private static final Set<String> FILE_KEYS = Set.of("set", "defaults", "bases", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "source", "expect");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private LawCases() { }

    /** Every case of every set, in file and case order. */
    public static List<LawCase> all() {
        Path root = root();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ObjectNode> bases = new HashMap<>();
        List<JsonNode> docs = new ArrayList<>();
        for (Path f : files) {
            JsonNode doc = read(f);
            docs.add(doc);
            Iterator<String> keys = doc.fieldNames();
            while (keys.hasNext()) {
                String k = keys.next();
                if (!FILE_KEYS.contains(k)) throw new IllegalArgumentException(f + ": unknown key " + k);
            }
            String set = text(doc, "set", f);
            if (!f.getParent().getFileName().toString().equals(set)) throw new IllegalArgumentException(f + ": set " + set + " in the wrong folder");
            JsonNode b = doc.path("bases");
            b.fieldNames().forEachRemaining(n -> {
                if (bases.put(set + "/" + n, (ObjectNode) b.get(n)) != null) throw new IllegalArgumentException(f + ": base " + n + " defined twice");
            });
        }
        List<LawCase> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            JsonNode doc = docs.get(i);
            String set = doc.get("set").asText();
            String file = set + "/" + f.getFileName();
            for (JsonNode c : doc.path("cases")) {
                String name = text(c, "name", f);
                if (!names.add(set + "/" + name)) throw new IllegalArgumentException(f + ": two cases named " + name);
                String source = text(c, "source", f);
                if (!c.has("expect")) throw new IllegalArgumentException(f + ": case " + name + " expects nothing");
                ObjectNode input = YAML.createObjectNode();
                if (doc.has("defaults")) input.setAll((ObjectNode) doc.get("defaults"));
                ObjectNode own = ((ObjectNode) c).deepCopy();
                CASE_KEYS.forEach(own::remove);
                input.setAll(resolve(own, set, bases, f));
                if (input.has("companions")) {
                    var comps = YAML.createArrayNode();
                    for (JsonNode comp : input.get("companions")) {
                        String compSet = text(comp, "set", f);
                        ObjectNode resolved = resolve(((ObjectNode) comp).deepCopy(), compSet, bases, f);
                        resolved.put("set", compSet);
                        comps.add(resolved);
                    }
                    input.set("companions", comps);
                }
                out.add(new LawCase(set, file, name, source, input, c.get("expect")));
            }
        }
        return out;
    }

    /** Applies {@code base:} (one level of nesting allowed: a base may name another). */
    static ObjectNode resolve(ObjectNode own, String set, Map<String, ObjectNode> bases, Path f) {
        if (!own.has("base")) return own;
        String name = own.remove("base").asText();
        String target = name.contains("/") ? name : set + "/" + name;
        ObjectNode base = bases.get(target);
        if (base == null) throw new IllegalArgumentException(f + ": unknown base " + name);
        ObjectNode merged = resolve(base.deepCopy(), target.substring(0, target.indexOf('/')), bases, f);
        // values merge one by one; anything else the case gives replaces the base's
        if (own.has("values") && merged.has("values")) {
            ObjectNode values = ((ObjectNode) merged.get("values")).deepCopy();
            values.setAll((ObjectNode) own.remove("values"));
            merged.set("values", values);
        }
        merged.setAll(own);
        return merged;
    }

    private static String text(JsonNode n, String key, Path f) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new IllegalArgumentException(f + ": missing " + key + " in " + n);
        return v.asText();
    }

    private static JsonNode read(Path f) {
        try {
            return YAML.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": " + e.getMessage(), e);
        }
    }

    private static Path root() {
        try {
            return Path.of(LawCases.class.getClassLoader().getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
