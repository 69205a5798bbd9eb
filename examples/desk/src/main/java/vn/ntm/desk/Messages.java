package vn.ntm.desk;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The library's input errors in Vietnamese first, its English message kept alongside. */
final class Messages {
    private Messages() { }

    private record Rule(Pattern pattern, String vi) { }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("value (\\S+) is outside 0–100 \\((.*)\\)"), "$1 nằm ngoài 0–100 ($2)"),
            new Rule(Pattern.compile("value (\\S+) is negative \\((.*)\\)"), "$1 là số âm ($2)"),
            new Rule(Pattern.compile("is required.*"), "bắt buộc phải có"),
            new Rule(Pattern.compile("indicator (\\S+) is yes/no.*"), "chỉ tiêu $1 chỉ nhận Đạt hoặc Không đạt"),
            new Rule(Pattern.compile("expected a number \\((.*)\\).*"), "phải là số ($1)"),
            new Rule(Pattern.compile("'(.*)' is not a valid date.*"), "'$1' không phải là ngày hợp lệ"),
            new Rule(Pattern.compile("document '(.*)' is not in the dossier of indicator ([^\\s:]+).*"), "hồ sơ '$1' không thuộc danh mục hồ sơ của chỉ tiêu $2"),
            new Rule(Pattern.compile("unknown indicator code '(.*)' in .*"), "không có chỉ tiêu '$1' trong bộ tiêu chí"),
            new Rule(Pattern.compile("indicator (\\S+) is not conditional.*"), "chỉ tiêu $1 không phải chỉ tiêu \"nếu có\", không thể chọn Không áp dụng"),
            new Rule(Pattern.compile("'(.*)' is neither a criterion number nor an indicator code.*"), "'$1' không phải số tiêu chí hay mã chỉ tiêu"),
            new Rule(Pattern.compile("must be between 0 and (\\w+).*"), "phải từ 0 đến số $1"),
            new Rule(Pattern.compile("recognition date (\\S+) is after the assessment date (\\S+)"), "ngày công nhận $1 sau ngày đánh giá $2"));

    static String vi(String english) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) return m.replaceFirst(r.vi()) + " — " + english;
        }
        return english;
    }
}
