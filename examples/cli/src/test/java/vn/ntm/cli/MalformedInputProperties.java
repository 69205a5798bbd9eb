package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.ntm.core.engine.AssessmentSource;
import vn.ntm.core.engine.CompanionResolver;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;

/**
 * Our own malformed-input campaign: the example assessments mutated at every field (types, ranges, extreme numbers,
 * unknown and empty keys, duplicates, truncation, bad bytes, trailing content). For every mutation: nothing but
 * {@link InvalidAssessmentException} escapes, the invalid document never yields a result, an error names a path at or
 * above the mutated field, and in a batch with good files those keep their results, byte for byte.
 *
 * <p>Each try runs {@link #PER_TRY} mutations from its seed: 1 in {@code mvn verify} (2,000 mutations), 50 with
 * {@code -Dfuzz=long} (100,000). The counts are printed at the end.
 */
class MalformedInputProperties {
    static final int PER_TRY = "long".equals(System.getProperty("fuzz")) ? 50 : 1;
    private static final Evaluator EVALUATOR = Evaluator.create();
    private static final List<byte[]> BASES = new ArrayList<>();
    private static final List<JsonNode> TREES = new ArrayList<>();
    private static final byte[] GOOD_A;
    private static final byte[] GOOD_B;
    private static final String RESULT_A;
    private static final String RESULT_B;
    private static final AtomicLong MUTATIONS = new AtomicLong();
    private static final AtomicLong FAILURES = new AtomicLong();
    private static final long START = System.nanoTime();
    private static final Map<String, AtomicLong> BY_KIND = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        try {
            for (String f : List.of("minh-tien.json", "quyet-thang.json", "cai-kinh.json", "2024-09-27/minh-tien.json")) {
                byte[] b = Files.readAllBytes(Path.of("huu-lung", f));
                BASES.add(b);
                TREES.add(NtmJson.mapper().readTree(b));
            }
            GOOD_A = BASES.get(0);
            GOOD_B = BASES.get(1);
            RESULT_A = NtmJson.write(EVALUATOR.evaluate(read(GOOD_A)));
            RESULT_B = NtmJson.write(EVALUATOR.evaluate(read(GOOD_B)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment read(byte[] b) { return NtmJson.readAssessment(b, "t.json", EVALUATOR.definitions()); }

    /** One mutation: the bytes and the contract-style path of what was changed (null: a byte-level change). */
    record Mutation(String kind, byte[] bytes, String path) { }

    private static final String MARK = "@@MARK@@";
    private static final String[] EXTREME = {"1e999999999", "-1e999999999", "1e-999999999", "1e2147483648", "-1e2147483648",
            "NaN", "Infinity", "-Infinity", "7".repeat(1000), "0." + "3".repeat(1000), "1E+99999", "123456789012345678901234567890123"};
    private static final String[] ODD_KEYS = {"zz", "", "a'b", "x y", "99.99", "\\u0001", "[0]", "k".repeat(200), "ĐẠT", "\\\""};
    private static final String[] ANY_VALUE = {"null", "1", "\"s\"", "true", "{}", "[]", "1e2147483648", "NaN", "{\"a\": null}"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0x80}, {(byte) 0xC3}};
    private static final String[] TRAILING = {" 1", " null", " {}", "\n[]", " \"x\"", "}", " {\"format\": \"ntm-assessment/1\"}"};

    /** Every node of the tree with its path, the root excluded. */
    private static void nodes(JsonNode n, String path, List<Map.Entry<String, JsonNode>> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(Map.entry(p, e.getValue()));
                nodes(e.getValue(), p, out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(Map.entry(p, n.get(i)));
                nodes(n.get(i), p, out);
            }
        }
    }

    /** The parent container of a path and the last step (a key or an index). */
    private static JsonNode parent(JsonNode root, String path) {
        JsonNode n = root;
        List<String> steps = steps(path);
        for (int i = 0; i < steps.size() - 1; i++) n = step(n, steps.get(i));
        return n;
    }

    private static JsonNode step(JsonNode n, String s) {
        return s.startsWith("[") ? n.get(Integer.parseInt(s.substring(1, s.length() - 1))) : n.get(s);
    }

    /** "indicators.3.1" has keys with dots: walk the tree to split it the way it was built. */
    private static List<String> steps(String path) {
        List<String> out = new ArrayList<>();
        splitInto(path, out);
        return out;
    }

    private static void splitInto(String path, List<String> out) {
        // paths are built by nodes(): top-level keys and known containers never contain dots or brackets
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '[') {
                int j = path.indexOf(']', i);
                out.add(path.substring(i, j + 1));
                i = j + 1;
                if (i < path.length() && path.charAt(i) == '.') i++;
            } else {
                int dot = path.indexOf('.', i);
                int br = path.indexOf('[', i);
                String head = path.substring(i, dot < 0 && br < 0 ? path.length() : dot < 0 ? br : br < 0 ? dot : Math.min(dot, br));
                if (head.equals("indicators") && dot == i + head.length()) {
                    // an indicator code may itself hold dots; a composite part follows it after one more dot
                    out.add("indicators");
                    String rest = path.substring(dot + 1);
                    String[] codeAndPart = splitCode(rest);
                    out.add(codeAndPart[0]);
                    if (codeAndPart[1] != null) out.add(codeAndPart[1]);
                    return;
                }
                out.add(head);
                i += head.length();
                if (i < path.length() && path.charAt(i) == '.') i++;
            }
        }
    }

    /** "17.1.overall" → ["17.1", "overall"]; "3.1" → ["3.1", null]: a part name is never numeric. */
    private static String[] splitCode(String s) {
        int lastDot = s.lastIndexOf('.');
        if (lastDot > 0 && !Character.isDigit(s.charAt(lastDot + 1))) return new String[] {s.substring(0, lastDot), s.substring(lastDot + 1)};
        return new String[] {s, null};
    }

    private static byte[] withMark(JsonNode tree, String raw) {
        String text = NtmJson.write(tree);
        return text.replace("\"" + MARK + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        JsonNode parent = parent(root, path);
        List<String> s = steps(path);
        String last = s.get(s.size() - 1);
        if (parent.isArray()) ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        else ((ObjectNode) parent).set(last, value);
    }

    private static JsonNode otherType(JsonNode n, Random r) {
        List<JsonNode> choices = new ArrayList<>();
        if (!n.isTextual()) choices.add(TextNode.valueOf("x"));
        if (!n.isNumber()) choices.add(NtmJson.mapper().getNodeFactory().numberNode(7));
        if (!n.isBoolean()) choices.add(NtmJson.mapper().getNodeFactory().booleanNode(true));
        if (!n.isObject()) choices.add(NtmJson.mapper().createObjectNode());
        if (!n.isArray()) choices.add(NtmJson.mapper().createArrayNode());
        return choices.get(r.nextInt(choices.size()));
    }

    static Mutation mutate(Random r) {
        int base = r.nextInt(BASES.size());
        byte[] bytes = BASES.get(base);
        JsonNode tree = TREES.get(base).deepCopy();
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        nodes(tree, "", all);
        int kind = r.nextInt(9);
        switch (kind) {
            case 0 -> { // unknown or odd key, any value, in any object (the root included)
                List<Map.Entry<String, JsonNode>> objects = new ArrayList<>(all.stream().filter(e -> e.getValue().isObject()).toList());
                objects.add(Map.entry("", tree));
                Map.Entry<String, JsonNode> o = objects.get(r.nextInt(objects.size()));
                String key = ODD_KEYS[r.nextInt(ODD_KEYS.length)];
                ((ObjectNode) o.getValue()).put(MARK, "x");
                String raw = ANY_VALUE[r.nextInt(ANY_VALUE.length)];
                String text = NtmJson.write(tree).replace("\"" + MARK + "\" : \"x\"", "\"" + key + "\" : " + raw);
                return new Mutation("unknown-key", text.getBytes(StandardCharsets.UTF_8), o.getKey());
            }
            case 1 -> { // a key given twice
                List<Map.Entry<String, JsonNode>> objects = all.stream().filter(e -> e.getValue().isObject() && e.getValue().size() > 0).toList();
                Map.Entry<String, JsonNode> o = objects.get(r.nextInt(objects.size()));
                List<String> keys = new ArrayList<>();
                o.getValue().fieldNames().forEachRemaining(keys::add);
                String key = keys.get(r.nextInt(keys.size()));
                ((ObjectNode) o.getValue()).set(MARK, o.getValue().get(key).deepCopy());
                String text = NtmJson.write(tree).replace("\"" + MARK + "\"", "\"" + key + "\"");
                return new Mutation("duplicate-key", text.getBytes(StandardCharsets.UTF_8), o.getKey());
            }
            case 2 -> { // an extreme number anywhere
                Map.Entry<String, JsonNode> e = all.get(r.nextInt(all.size()));
                replace(tree, e.getKey(), TextNode.valueOf(MARK));
                return new Mutation("extreme-number", withMark(tree, EXTREME[r.nextInt(EXTREME.length)]), e.getKey());
            }
            case 3 -> { // another JSON type
                Map.Entry<String, JsonNode> e = all.get(r.nextInt(all.size()));
                replace(tree, e.getKey(), otherType(e.getValue(), r));
                return new Mutation("type", NtmJson.write(tree).getBytes(StandardCharsets.UTF_8), e.getKey());
            }
            case 4 -> { // a number out of every unit's range
                List<Map.Entry<String, JsonNode>> numbers = all.stream().filter(e -> e.getValue().isNumber()).toList();
                Map.Entry<String, JsonNode> e = numbers.get(r.nextInt(numbers.size()));
                String[] bad = {"-1", "-0.001", "1e14", "100000000"};
                replace(tree, e.getKey(), TextNode.valueOf(MARK));
                return new Mutation("range", withMark(tree, bad[r.nextInt(bad.length)]), e.getKey());
            }
            case 5 -> { // truncated
                int last = lastBrace(bytes);
                byte[] cut = java.util.Arrays.copyOf(bytes, r.nextInt(last));
                return new Mutation("truncation", cut, null);
            }
            case 6 -> { // bad bytes
                int at = r.nextInt(bytes.length + 1);
                byte[] bad = BAD_BYTES[r.nextInt(BAD_BYTES.length)];
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.writeBytes(bad);
                out.write(bytes, at, bytes.length - at);
                return new Mutation("bad-bytes", out.toByteArray(), null);
            }
            case 7 -> { // trailing content
                String t = new String(bytes, StandardCharsets.UTF_8) + TRAILING[r.nextInt(TRAILING.length)];
                return new Mutation("trailing", t.getBytes(StandardCharsets.UTF_8), null);
            }
            default -> { // a whole field gone wrong: a null where an object or array of the contract must be
                List<Map.Entry<String, JsonNode>> containers = all.stream()
                        .filter(e -> (e.getValue().isObject() || e.getValue().isArray()) && !e.getKey().startsWith("indicators"))
                        .filter(e -> !e.getKey().equals("recognition") && !e.getKey().equals("prerequisite"))
                        .toList();
                Map.Entry<String, JsonNode> e = containers.get(r.nextInt(containers.size()));
                replace(tree, e.getKey(), TextNode.valueOf(MARK));
                return new Mutation("container-to-null", withMark(tree, "null"), e.getKey());
            }
        }
    }

    private static int lastBrace(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) if (b[i] == '}') return i;
        return b.length;
    }

    private static boolean atOrAbove(String error, String mutated) {
        if (error.startsWith("(")) return true; // the document as a whole: above every field
        if (mutated == null) return false;
        if (mutated.isEmpty()) return false;   // a key added to the root must be named
        return mutated.equals(error) || mutated.startsWith(error + ".") || mutated.startsWith(error + "[");
    }

    @Property(tries = 2000, seed = "20261126")
    void aMalformedDocumentNeverYieldsAResultAndNeverHurtsItsBatch(@ForAll long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < PER_TRY; k++) {
            Mutation m = mutate(r);
            try {
                check(m);
            } catch (AssertionError | RuntimeException e) {
                FAILURES.incrementAndGet();
                throw e;
            }
        }
    }

    private static void check(Mutation m) {
        MUTATIONS.incrementAndGet();
        BY_KIND.computeIfAbsent(m.kind(), x -> new AtomicLong()).incrementAndGet();
        List<InputError> errors;
        try {
            Assessment a = read(m.bytes());
            throw new AssertionError(m.kind() + " at " + m.path() + ": an invalid document was accepted: " + a.commune());
        } catch (InvalidAssessmentException e) {
            errors = e.errors();
        }
        assertTrue(!errors.isEmpty(), m.kind());
        String mutated = m.path();
        if (m.kind().equals("unknown-key") || m.kind().equals("duplicate-key")) {
            // the key itself is inside the object at m.path(): an error at the object or inside it names it
            assertTrue(errors.stream().anyMatch(e -> e.path().startsWith("(") || within(e.path(), mutated)),
                    () -> m.kind() + " in '" + mutated + "': " + errors);
        } else {
            assertTrue(errors.stream().anyMatch(e -> atOrAbove(e.path(), mutated)), () -> m.kind() + " at " + mutated + ": " + errors);
        }
        for (InputError e : errors) assertTrue(e.message().length() <= 400, () -> "long message: " + e.message().length());
        // in a batch with good files, those keep their results, byte for byte
        List<byte[]> docs = List.of(GOOD_A, m.bytes(), GOOD_B);
        AssessmentSource source = new AssessmentSource() {
            @Override public int size() { return docs.size(); }

            @Override public Key key(int i) {
                return vn.ntm.core.json.AssessmentKeys.read(new java.io.ByteArrayInputStream(docs.get(i)));
            }

            @Override public Assessment load(int i) { return read(docs.get(i)); }
        };
        CompanionResolver batch = EVALUATOR.batch(source);
        Outcome a = Outcome.of(batch, "a", 0);
        Outcome bad = Outcome.of(batch, "bad", 1);
        Outcome b = Outcome.of(batch, "b", 2);
        assertNull(bad.result(), m.kind());
        assertEquals(RESULT_A, NtmJson.write(a.result()), m.kind());
        assertEquals(RESULT_B, NtmJson.write(b.result()), m.kind());
    }

    private static boolean within(String error, String object) {
        if (object.isEmpty()) return true; // a key in the root: any path names it or lies below the root
        return error.equals(object) || error.startsWith(object + ".") || error.startsWith(object + "[");
    }

    @AfterContainer
    static void figures() {
        double s = (System.nanoTime() - START) / 1e9;
        System.err.printf("malformed-input campaign: %,d mutations (%s), %.1f s, %d failing%n", MUTATIONS.get(), BY_KIND, s,
                FAILURES.get());
    }
}
