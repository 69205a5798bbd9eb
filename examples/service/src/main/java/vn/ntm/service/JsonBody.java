package vn.ntm.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a request body that enforces the nesting-depth and batch-size limits and cuts out the documents it
 * carries byte for byte, so that each is read by {@code NtmJson.readAssessment} exactly as sent (duplicate keys
 * and all), with no tree built for the whole body.
 */
final class JsonBody {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** One JSON value of the body. Elements and fields are kept for the top two levels only. */
    record Value(byte[] body, int start, int end, JsonToken kind, List<Value> elements, Map<String, Value> fields) {
        byte[] bytes() { return Arrays.copyOfRange(body, start, end); }

        boolean isArray() { return kind == JsonToken.START_ARRAY; }

        boolean isObject() { return kind == JsonToken.START_OBJECT; }
    }

    /** The body is not JSON: where, for the client's message. */
    static final class Malformed extends Exception {
        final int line;
        final int column;

        Malformed(int line, int column) {
            super("line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }

    private final byte[] body;
    private final Limits limits;
    private final java.util.Set<String> batchFields;

    private JsonBody(byte[] body, Limits limits, java.util.Set<String> batchFields) {
        this.body = body;
        this.limits = limits;
        this.batchFields = batchFields;
    }

    /**
     * @param batchFields the fields of a top-level object whose arrays count against the batch limit (empty: the
     *                    top-level array itself is the batch)
     */
    static Value scan(byte[] body, Limits limits, java.util.Set<String> batchFields) throws Malformed {
        return new JsonBody(body, limits, batchFields).scan();
    }

    private Value scan() throws Malformed {
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new Malformed(1, 1);
            Value v = value(p, 0, batchFields.isEmpty());
            if (p.nextToken() != null) throw malformed(p);
            return v;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new Malformed(loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr());
        } catch (IOException e) {
            throw new Malformed(1, 1);
        }
    }

    private Value value(JsonParser p, int depth, boolean isBatch) throws IOException, Malformed {
        JsonToken kind = p.currentToken();
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (!kind.isStructStart()) {
            p.finishToken();
            return new Value(body, start, (int) p.currentLocation().getByteOffset(), kind, List.of(), Map.of());
        }
        if (depth + 1 > limits.maxDepth()) {
            throw ApiException.of(400, "(request)",
                    "Dữ liệu lồng nhau quá sâu: tối đa " + limits.maxDepth() + " cấp",
                    "nesting depth limit: at most " + limits.maxDepth() + " levels");
        }
        boolean keep = depth < 2;
        List<Value> elements = new ArrayList<>();
        Map<String, Value> fields = new LinkedHashMap<>();
        if (kind == JsonToken.START_ARRAY) {
            int count = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) throw malformed(p);
                if (isBatch && ++count > limits.maxBatch()) {
                    throw ApiException.of(413, "(request)",
                            "Quá nhiều hồ sơ trong một yêu cầu: tối đa " + limits.maxBatch() + "; hãy chia thành nhiều yêu cầu",
                            "batch size limit: at most " + limits.maxBatch() + " assessments per request; split the batch");
                }
                Value v = value(p, depth + 1, false);
                if (keep) elements.add(v);
            }
        } else {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) throw malformed(p);
                String name = p.currentName();
                p.nextToken();
                Value v = value(p, depth + 1, depth == 0 && batchFields.contains(name));
                if (keep) fields.putIfAbsent(name, v);
            }
        }
        return new Value(body, start, (int) p.currentLocation().getByteOffset(), kind, elements, fields);
    }

    private static Malformed malformed(JsonParser p) {
        return new Malformed(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
    }
}
