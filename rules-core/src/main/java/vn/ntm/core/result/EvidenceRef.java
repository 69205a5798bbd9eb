package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A missing dossier document. {@code assumed}: the reference is silent and this is our reasonable reading. */
@JsonPropertyOrder({"indicator", "document", "title", "titleEn", "assumed"})
public record EvidenceRef(@JsonInclude(JsonInclude.Include.NON_NULL) String indicator, String document, String title,
                          String titleEn, boolean assumed) {
}
