package vn.ntm.core.json;

/** The Vietnamese words put before a schema validator's English message, by the kind of check that failed. */
final class SchemaWords {
    private SchemaWords() { }

    static String vi(String type) {
        if (type == null) return "không hợp lệ";
        return switch (type) {
            case "additionalProperties", "unevaluatedProperties" -> "trường không có trong hợp đồng dữ liệu";
            case "required" -> "thiếu trường bắt buộc";
            case "type" -> "sai kiểu dữ liệu";
            case "enum", "const" -> "giá trị không nằm trong danh sách cho phép";
            case "pattern", "format" -> "sai định dạng";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "ngoài khoảng cho phép";
            case "minLength", "maxLength" -> "độ dài không hợp lệ";
            case "minItems", "maxItems", "uniqueItems" -> "danh sách không hợp lệ";
            default -> "không hợp lệ";
        };
    }
}
