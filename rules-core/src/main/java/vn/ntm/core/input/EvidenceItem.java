package vn.ntm.core.input;

import java.time.LocalDate;

/** A document placed in an indicator's dossier. */
public record EvidenceItem(String indicator, String document, String title, String reference, LocalDate date) {
}
