package vn.ntm.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ntm.core.input.InputError;

/**
 * What a document must pass before it is turned into a tree: strict UTF-8, one JSON value and nothing after it, no
 * duplicate, empty or odd keys, and every number short and of a sane size. Anything found here stops the reading (the
 * tree would either collapse it or spend unbounded time and memory on it), so no arithmetic ever sees such a number.
 */
final class JsonGate {
    /** Longest number literal accepted: a commune's figures need far fewer digits. */
    static final int MAX_NUMBER_CHARS = 32;
    static final int MAX_KEY_CHARS = 64;
    /** Opens the message of a duplicate key: the one problem that does not stop the reading. */
    static final String DUPLICATE = "khóa trùng lặp";

    // NaN and Infinity are let through the tokenizer only so that the error can name the field they are in
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    private JsonGate() { }

    /** Every problem found; an empty list means the document may be parsed into a tree safely. */
    static List<InputError> check(byte[] json) {
        InputError encoding = utf8(json);
        if (encoding != null) return List.of(encoding);
        List<InputError> errors = new ArrayList<>();
        Deque<Set<String>> keys = new ArrayDeque<>();
        int roots = 0;
        int depth = 0;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (depth == 0 && (t.isScalarValue() || t.isStructStart()) && ++roots > 1) {
                    errors.add(new InputError("(document)", "có nội dung thừa sau tài liệu JSON (trailing content after the"
                            + " document, at line " + p.currentLocation().getLineNr() + ": a file must hold exactly one assessment)"));
                    break;
                }
                if (t.isStructStart()) depth++;
                if (t.isStructEnd()) depth--;
                if (t == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                } else if (t == JsonToken.END_OBJECT) {
                    keys.pop();
                } else if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String why = oddKey(name);
                    if (why != null) {
                        errors.add(new InputError(path(p.getParsingContext()), why));
                    } else if (!keys.peek().add(name)) {
                        errors.add(new InputError(path(p.getParsingContext()),
                                DUPLICATE + " '" + Quote.shorten(name, 40) + "' (duplicate key '" + Quote.shorten(name, 40) + "': each field may appear once)"));
                    }
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String why = badNumber(p, t);
                    if (why != null) errors.add(new InputError(path(p.getParsingContext()), why));
                }
            }
        } catch (JsonProcessingException e) {
            errors.add(0, new InputError("(syntax)", "không phải JSON hợp lệ tại dòng " + e.getLocation().getLineNr() + ", cột "
                    + e.getLocation().getColumnNr() + " (not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + plain(e.getOriginalMessage())));
        } catch (IOException e) {
            errors.add(0, new InputError("(syntax)", "không đọc được tài liệu (cannot read the document)"));
        }
        return errors;
    }

    /** The parser's own words, without its hints about its configuration, and short. */
    private static String plain(String m) {
        if (m == null) return "unexpected content";
        String s = m;
        for (String cut : new String[] {"\n", " at [Source", ": enable", "; enable", " (for Object", "(JSON String"}) {
            int i = s.indexOf(cut);
            if (i > 0) s = s.substring(0, i);
        }
        return Quote.shorten(s, 120);
    }

    private static String oddKey(String name) {
        if (name.isEmpty()) return "khóa rỗng (empty key): remove it";
        if (name.length() > MAX_KEY_CHARS) return "khóa quá dài (key longer than " + MAX_KEY_CHARS + " characters): remove it";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '[' || c == ']' || c == 0x7f) {
                return "khóa không hợp lệ " + Quote.json(name) + " (key with a character no field name has): remove it";
            }
        }
        return null;
    }

    private static String badNumber(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
            return "NaN/Infinity không phải là số (not a number): use a number, or null for no data";
        }
        int len = p.getTextLength();
        if (len > MAX_NUMBER_CHARS) {
            return "số quá dài (" + len + " ký tự) " + Quote.shorten(p.getText(), 24) + " (number literal of " + len
                    + " characters; at most " + MAX_NUMBER_CHARS + ")";
        }
        String text = p.getText();
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            String exp = text.substring(e + 1);
            String digits = exp.startsWith("+") || exp.startsWith("-") ? exp.substring(1) : exp;
            if (digits.length() > 3) return outOfRange(text);
        }
        String why = vn.ntm.core.input.Numbers.problem(new BigDecimal(text)); // short, small exponent: cheap and exact
        return why == null ? null : why + ": " + Quote.shorten(text, 24);
    }

    private static String outOfRange(String text) {
        return "số ngoài phạm vi hợp lý " + Quote.shorten(text, 24) + " (number out of any plausible range)";
    }

    /** Strict UTF-8: overlong forms, encoded surrogates and code points past U+10FFFF are errors, never replaced. */
    private static InputError utf8(byte[] json) {
        boolean ascii = true;
        for (byte b : json) if (b < 0) { ascii = false; break; }
        if (ascii) return null;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return new InputError("(encoding)", "byte " + in.position() + ": không phải UTF-8 hợp lệ (invalid UTF-8 at byte"
                        + " offset " + in.position() + "); save the file as UTF-8");
            }
            if (r.isUnderflow()) return null;
            out.clear();
        }
    }

    /** "indicators.3.1", "evidence[0].document"; a key that cannot stand bare is quoted: {@code indicators["a'b"]}. */
    static String path(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.push("[" + c.getCurrentIndex() + "]");
            else if (c.getCurrentName() != null) parts.push(segment(c.getCurrentName()));
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p.isEmpty() ? "(document)" : p;
    }

    static String segment(String key) {
        return oddKey(key) == null ? "." + key : "[" + Quote.json(Quote.shorten(key, 40)) + "]";
    }
}
