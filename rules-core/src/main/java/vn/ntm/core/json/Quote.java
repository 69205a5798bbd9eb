package vn.ntm.core.json;

/** Values quoted in messages: short, whatever the input. */
final class Quote {
    private Quote() { }

    /** At most {@code max} characters, the cut marked with "…". */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A JSON string literal of {@code s}, control characters escaped. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
