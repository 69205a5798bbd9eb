package vn.ntm.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.time.LocalDate;
import vn.ntm.core.engine.AssessmentSource;

/**
 * A cheap first look at an assessment document: only its commune code, criteria set and date, read token by token
 * without building anything else, so that a batch of many files can find its companion assessments before any file
 * is read in full. Never throws: a document that cannot be read this way has no key (its full reading reports why).
 */
public final class AssessmentKeys {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AssessmentKeys() { }

    public static AssessmentSource.Key read(InputStream in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            String code = null;
            String set = null;
            LocalDate date = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("criteriaSet".equals(name) && v == JsonToken.VALUE_STRING) {
                    set = p.getText();
                } else if ("assessedOn".equals(name) && v == JsonToken.VALUE_STRING) {
                    date = LocalDate.parse(p.getText());
                } else if ("commune".equals(name) && v == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken fv = p.nextToken();
                        if ("code".equals(field) && fv == JsonToken.VALUE_STRING) code = p.getText();
                        else p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
                if (code != null && set != null && date != null) return new AssessmentSource.Key(code, set, date);
            }
            return null;
        } catch (Exception e) {
            return null; // the full reading of the file reports what is wrong with it
        }
    }
}
