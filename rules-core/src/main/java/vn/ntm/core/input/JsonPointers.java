package vn.ntm.core.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the contract's dotted error paths ({@code indicators.17.1.piped}, {@code evidence[0].document},
 * {@code [2].commune.code}) into RFC 6901 JSON Pointers. Markers such as {@code (syntax)} or {@code (document)} mean
 * the whole document: the empty pointer.
 */
public final class JsonPointers {
    private JsonPointers() { }

    /**
     * Without the document: a key after {@code indicators} is an indicator code, which takes every following
     * all-digit segment (codes are dotted numbers in every catalog: {@code 17.1}); other keys hold no dot.
     */
    public static String fromPath(String path) {
        List<String> tokens = new ArrayList<>();
        for (String seg : segments(path)) tokens.add(seg);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("indicators") && i + 1 < tokens.size() && !isIndex(tokens.get(i + 1))) {
                out.append("/indicators");
                StringBuilder code = new StringBuilder(tokens.get(++i));
                while (i + 1 < tokens.size() && tokens.get(i + 1).chars().allMatch(Character::isDigit) && !isIndex(tokens.get(i + 1))) {
                    code.append('.').append(tokens.get(++i));
                }
                out.append('/').append(escape(code.toString()));
            } else {
                out.append('/').append(isIndex(t) ? t.substring(1, t.length() - 1) : escape(t));
            }
        }
        return out.toString();
    }

    /**
     * With the document the path refers to: at each object the longest field name that the rest of the path starts
     * with is taken, so any key (even one with dots that is not a known code) is found exactly.
     */
    public static String resolve(String path, JsonNode doc) {
        if (path == null || path.startsWith("(") || doc == null) return fromPath(path);
        String rest = path;
        JsonNode node = doc;
        StringBuilder out = new StringBuilder();
        while (!rest.isEmpty()) {
            if (rest.startsWith(".")) rest = rest.substring(1);
            if (rest.startsWith("[")) {
                int end = rest.indexOf(']');
                if (end < 0) return fromPath(path);
                String index = rest.substring(1, end);
                out.append('/').append(index);
                node = node == null ? null : node.path(Integer.parseInt(index));
                rest = rest.substring(end + 1);
                continue;
            }
            String key = null;
            if (node != null && node.isObject()) {
                for (var it = node.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    boolean fits = rest.equals(f) || rest.startsWith(f + ".") || rest.startsWith(f + "[");
                    if (fits && (key == null || f.length() > key.length())) key = f;
                }
            }
            if (key == null) {
                // a field the document lacks (e.g. "is required"): the rest follows the path grammar
                String tail = fromPath(rest);
                return out + tail;
            }
            out.append('/').append(escape(key));
            node = node.get(key);
            rest = rest.substring(key.length());
        }
        return out.toString();
    }

    /** RFC 6901: '~' becomes "~0" and '/' becomes "~1". */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isIndex(String token) { return token.startsWith("["); }

    /** "a.b[0].c" → a, b, [0], c; a marker such as "(syntax)" → nothing. */
    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null || path.isEmpty() || path.startsWith("(")) return out;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '.') {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else if (ch == '[') {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
                int end = path.indexOf(']', i);
                if (end < 0) end = path.length() - 1;
                out.add(path.substring(i, end + 1));
                i = end;
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
