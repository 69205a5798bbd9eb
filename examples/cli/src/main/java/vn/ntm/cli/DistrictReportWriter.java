package vn.ntm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.DistrictTextReport;

/**
 * Writes a district report section by section, so that no more than one commune's section is held. The heading is
 * written with the first section (it names the first commune's district when there is no plan); the next weekly report
 * comes last, once it is known whether any commune still owes one.
 */
abstract class DistrictReportWriter {
    final PrintWriter out;
    final DistrictPlan plan;
    final LocalDate asOf;
    private boolean started;
    private boolean allFinished = true;

    DistrictReportWriter(PrintWriter out, DistrictPlan plan, LocalDate asOf) {
        this.out = out;
        this.plan = plan;
        this.asOf = asOf;
    }

    final void section(DistrictReport.CommuneSection s) {
        if (!started) {
            String district = plan != null ? plan.district() : s.commune().district();
            String province = plan != null && plan.province() != null ? plan.province() : s.commune().province();
            begin(district, province);
            started = true;
        }
        allFinished &= s.finished();
        write(s);
    }

    final boolean started() { return started; }

    /** The next weekly report, if some commune still owes one. */
    final java.time.LocalDateTime nextReport() {
        return plan == null || allFinished ? null : Deadlines.nextReport(plan, asOf);
    }

    abstract void begin(String district, String province);

    abstract void write(DistrictReport.CommuneSection s);

    /** Ends the report; {@code errors} are the ntm-error/1 documents of the files that could not be used. */
    abstract void finish(List<Object> errors);

    static final class Text extends DistrictReportWriter {
        private final List<String> summaries = new ArrayList<>();

        Text(PrintWriter out, DistrictPlan plan, LocalDate asOf) { super(out, plan, asOf); }

        @Override void begin(String district, String province) {
            out.print(DistrictTextReport.header(district, province, asOf, plan));
        }

        @Override void write(DistrictReport.CommuneSection s) {
            summaries.add(DistrictTextReport.summary(s));
            out.print(DistrictTextReport.section(summaries.size(), s));
        }

        @Override void finish(List<Object> errors) {
            out.print(DistrictTextReport.closing(summaries, nextReport()));
            if (!errors.isEmpty()) {
                out.print("Có " + errors.size() + " tệp không hợp lệ, không đưa vào báo cáo (" + errors.size()
                        + " invalid file(s) left out; see the messages on stderr)\n");
            }
        }
    }

    static final class Json extends DistrictReportWriter {
        private final JsonGenerator gen;

        Json(PrintWriter out, DistrictPlan plan, LocalDate asOf) {
            super(out, plan, asOf);
            this.gen = NtmJson.generator(out);
        }

        @Override void begin(String district, String province) {
            try {
                gen.writeStartObject();
                gen.writeStringField("format", DistrictReport.FORMAT);
                gen.writeStringField("district", district);
                if (province != null) gen.writeStringField("province", province);
                if (plan != null) gen.writeStringField("source", plan.source());
                gen.writeStringField("asOf", asOf.toString());
                if (plan != null) {
                    gen.writeFieldName("plan");
                    gen.writeTree(NtmJson.toTree(plan));
                }
                gen.writeArrayFieldStart("communes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override void write(DistrictReport.CommuneSection s) {
            JsonNode tree = NtmJson.toTree(s); // rendered in full before a byte of it is written
            try {
                gen.writeTree(tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override void finish(List<Object> errors) {
            try {
                gen.writeEndArray();
                if (nextReport() != null) {
                    gen.writeFieldName("nextReport");
                    gen.writeTree(NtmJson.toTree(nextReport()));
                }
                if (!errors.isEmpty()) {
                    gen.writeFieldName("inputErrors");
                    gen.writeTree(NtmJson.toTree(errors));
                }
                gen.writeEndObject();
                gen.flush();
                out.print("\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * For the desk's formats (workbook, dashboard): they are written whole, so the sections are kept until the end
     * (the hundreds of communes of a province, not the ten thousand files the streaming formats take).
     */
    static final class Desk extends DistrictReportWriter {
        private final List<DistrictReport.CommuneSection> sections = new ArrayList<>();

        Desk(PrintWriter out, DistrictPlan plan, LocalDate asOf) { super(out, plan, asOf); }

        @Override void begin(String district, String province) { }

        @Override void write(DistrictReport.CommuneSection s) { sections.add(s); }

        @Override void finish(List<Object> errors) { }

        DistrictReport report() { return DistrictReport.of(sections.get(0).commune(), plan, asOf, sections); }
    }
}
