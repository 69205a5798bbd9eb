package vn.ntm.desk;

/** A small HTML builder that escapes every piece of text it is given; markup goes in only through {@link #raw}. */
final class Html {
    private final StringBuilder sb = new StringBuilder(64 * 1024);

    /** Content Security Policy: the page may load nothing from anywhere; only its own inline style and script run. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html text(Object s) {
        sb.append(escape(s == null ? "" : s.toString()));
        return this;
    }

    /** {@code <tag attrs>text</tag>} with the text escaped; attrs are written as given (build them with {@link #attr}). */
    Html el(String tag, String attrs, Object text) {
        sb.append('<').append(tag);
        if (attrs != null && !attrs.isEmpty()) sb.append(' ').append(attrs);
        sb.append('>');
        text(text);
        sb.append("</").append(tag).append('>');
        return this;
    }

    static String attr(String name, Object value) { return name + "=\"" + escape(value == null ? "" : value.toString()) + "\""; }

    /** The page head: UTF-8, the locked-down policy, title, inline style. */
    Html head(String title, String css) {
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(title);
        sb.append("</title>\n<style>\n").append(css).append("\n</style>\n</head>\n<body>\n");
        return this;
    }

    Html end(String script) {
        sb.append("<script>\n").append(script).append("\n</script>\n</body>\n</html>\n");
        return this;
    }

    @Override
    public String toString() { return sb.toString(); }

    /** A CSS/DOM-safe id from any text (commune codes may hold anything). */
    static String id(String prefix, String s) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : s.toCharArray()) out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        return out.append('-').append(Integer.toHexString(s.hashCode())).toString();
    }
}
