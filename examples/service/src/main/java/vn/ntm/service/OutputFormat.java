package vn.ntm.service;

import java.util.Locale;

/**
 * What the two evaluating endpoints can answer, chosen by the request's {@code Accept} header: JSON (the contract,
 * and the default), or the desk's workbook and dashboard page for officials who open the answer themselves.
 */
enum OutputFormat {
    JSON("application/json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("text/html");

    final String mediaType;

    OutputFormat(String mediaType) { this.mediaType = mediaType; }

    /** The offered format the client prefers most (JSON when it names none or allows all); 406 when none is acceptable. */
    static OutputFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) return JSON;
        OutputFormat best = null;
        double bestQ = 0;
        // declaration order breaks ties, so JSON wins over the desk formats at equal preference
        for (OutputFormat f : values()) {
            double q = quality(f.mediaType, accept);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        if (best != null) return best;
        StringBuilder offered = new StringBuilder();
        for (OutputFormat f : values()) offered.append(offered.length() == 0 ? "" : ", ").append(f.mediaType);
        throw ApiException.of(406, "(request)",
                "Không có định dạng trả lời nào khớp với Accept: '" + accept + "'; có thể nhận: " + offered,
                "Accept names none of the offered types: " + offered);
    }

    /** RFC 9110 §12.5.1: the quality of the most specific media range that matches, 0 when none does. */
    private static double quality(String mediaType, String accept) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String r = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = r.equals(mediaType) ? 2 : r.equals(type + "/*") ? 1 : r.equals("*/*") ? 0 : -1;
            if (specificity <= bestSpecificity) continue;
            bestSpecificity = specificity;
            q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv[0].trim().equalsIgnoreCase("q") && kv.length == 2) {
                    try {
                        q = Double.parseDouble(kv[1].trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
        }
        return q;
    }
}
