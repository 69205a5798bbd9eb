package vn.ntm.desk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.RuleInfo;
import vn.ntm.core.report.Format;

/**
 * The law explorer: every criteria set → criterion → indicator with the rule that decides it, its levels by region
 * and period with citation and verification, the catalogue's confidence and doubts; searchable; and per set how much
 * rests on verified levels. One self-contained page, like the dashboard.
 */
public final class LawExplorer {
    private LawExplorer() { }

    static final String CSS = Dashboard.CSS + """
            .ind{border-top:1px solid #ccc;padding:.4rem 0} .ind h4{margin:.2rem 0;font-size:.95rem}
            .bar{display:flex;height:14px;width:360px;border:1px solid #999} .bar span{display:block;height:100%}
            .VERIFIED{background:#c6efce} .PROVISIONAL{background:#ffeb9c} .UNKNOWN{background:#e7e6e6}
            #q{font:inherit;padding:.3rem;width:24rem} .hidden{display:none}
            """;

    static final String SCRIPT = """
            (function(){
              function norm(s){ return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase(); }
              var q = document.getElementById('q'), count = document.getElementById('count');
              var items = Array.prototype.slice.call(document.querySelectorAll('.ind'));
              items.forEach(function(i){ i.dataset.text = norm(i.textContent); });
              q.addEventListener('input', function(){
                var words = norm(q.value).split(/\\s+/).filter(Boolean), shown = 0;
                items.forEach(function(i){
                  var ok = words.every(function(w){ return i.dataset.text.indexOf(w) >= 0; });
                  i.classList.toggle('hidden', !ok); if (ok) shown++;
                });
                count.textContent = shown + ' / ' + items.length;
              });
              count.textContent = items.length + ' / ' + items.length;
            })();
            """;

    public static String render(Definitions defs) {
        Html h = new Html();
        h.head("Tra cứu bộ tiêu chí nông thôn mới (law explorer)", CSS);
        h.el("h1", null, "Tra cứu bộ tiêu chí nông thôn mới").el("div", "class=\"en\"", "Law explorer: criteria, indicators, rules and levels");
        h.raw("<p class=\"noprint\"><label for=\"q\">Tìm (search): </label><input id=\"q\" type=\"search\" placeholder=\"3.1, thủy lợi, 318/QĐ-TTg…\"> <span id=\"count\"></span></p>\n");
        summary(h, defs);
        for (CriteriaSet set : defs.sets().values()) set(h, defs, set);
        h.end(SCRIPT);
        return h.toString();
    }

    /** Per set: indicators whose national levels in force today (within the set's period) are verified, provisional, unknown. */
    private static void summary(Html h, Definitions defs) {
        h.raw("<h2>").text("Mức đạt chuẩn đã kiểm chứng ").el("span", "class=\"en\"", "how much rests on verified levels").raw("</h2>\n<table><thead><tr>"
                + "<th>Bộ tiêu chí <span class=\"en\">set</span></th><th>Chỉ tiêu</th><th>Đã kiểm chứng <span class=\"en\">verified</span></th>"
                + "<th>Tạm tính <span class=\"en\">provisional</span></th><th>Chưa rõ <span class=\"en\">unknown</span></th><th></th></tr></thead><tbody>\n");
        for (CriteriaSet set : defs.sets().values()) {
            Map<Verification, Integer> n = tally(defs, set);
            int total = n.values().stream().mapToInt(Integer::intValue).sum();
            h.raw("<tr ").raw(Html.attr("data-set", set.id())).raw(">").el("td", null, set.nameVi()).el("td", "class=\"num\"", total);
            for (Verification v : Verification.values()) h.el("td", "class=\"num " + v.name().toLowerCase(Locale.ROOT) + "\"", n.get(v));
            h.raw("<td><div class=\"bar\" title=\"").text(n.get(Verification.VERIFIED) + "/" + total + " đã kiểm chứng").raw("\">");
            for (Verification v : Verification.values()) {
                h.raw(String.format(Locale.ROOT, "<span class=\"%s\" style=\"width:%.1f%%\"></span>", v.name(), total == 0 ? 0 : 100.0 * n.get(v) / total));
            }
            h.raw("</div></td></tr>\n");
        }
        h.raw("</tbody></table>\n<p class=\"muted\">Một chỉ tiêu tính là \"đã kiểm chứng\" khi mọi mức của nó (mọi vùng, mọi thành phần) đang có hiệu lực đều đã đối chiếu văn bản gốc. "
                + "(An indicator counts as verified when every level in force, in every region and part, is verified.)</p>\n");
    }

    static Map<Verification, Integer> tally(Definitions defs, CriteriaSet set) {
        Map<Verification, Integer> n = new EnumMap<>(Verification.class);
        for (Verification v : Verification.values()) n.put(v, 0);
        ThresholdTable t = defs.thresholds(set.id());
        java.time.LocalDate day = Levels.dayWithin(set.validFrom(), set.validTo(), java.time.LocalDate.now());
        for (Indicator ind : set.indicators().values()) {
            if (ind.fromPrerequisite()) continue;
            Verification worst = Verification.VERIFIED;
            for (Part p : ind.isComposite() ? ind.parts() : java.util.Collections.<Part>singletonList(null)) {
                for (Region r : Region.values()) {
                    ThresholdEntry e = t.find(ind.code(), p == null ? null : p.name(), r, day);
                    Verification v = e == null ? Verification.UNKNOWN : e.verification();
                    if (v.ordinal() > worst.ordinal()) worst = v;
                }
            }
            n.merge(worst, 1, Integer::sum);
        }
        return n;
    }

    private static void set(Html h, Definitions defs, CriteriaSet set) {
        h.raw("<section class=\"set\" ").raw(Html.attr("id", set.id())).raw(">\n");
        h.raw("<h2>").text(set.nameVi() + " ").el("span", "class=\"en\"", set.nameEn() + " · " + set.id()).raw("</h2>\n");
        h.el("p", null, "Căn cứ (legal basis): " + set.legalBasis() + "; hiệu lực (in force) " + Format.date(set.validFrom()) + " – " + Format.date(set.validTo())
                + (set.prerequisiteSet() == null ? "" : "; phải đạt trước (prerequisite): " + set.prerequisiteSet() + " — " + set.prerequisiteRef()));
        ThresholdTable table = defs.thresholds(set.id());
        for (Criterion c : set.criteria()) {
            h.raw("<h3>").text(c.label() + " ").el("span", "class=\"en\"", c.nameEn() + " · độ tin cậy (confidence) " + c.confidence()).raw("</h3>\n");
            for (Indicator ind : c.indicators()) indicator(h, defs, set, table, ind);
        }
        h.raw("</section>\n");
    }

    private static void indicator(Html h, Definitions defs, CriteriaSet set, ThresholdTable table, Indicator ind) {
        h.raw("<div class=\"ind\" ").raw(Html.attr("data-indicator", set.id() + ":" + ind.code())).raw(">\n");
        h.raw("<h4>").text(ind.code() + " – " + ind.nameVi() + (ind.conditional() ? " (nếu có)" : "")).raw(" <span class=\"en\">").text(ind.nameEn()).raw("</span></h4>\n");
        RuleInfo rule = defs.rule(set.id(), ind.code());
        h.el("div", null, "Đơn vị (unit): " + ind.unit() + " · so sánh (comparator): " + ind.comparator().symbol()
                + " · độ tin cậy (confidence): " + ind.confidence());
        h.el("div", null, "Luật (rule): " + (rule == null ? "— (không có luật / no rule)" : rule.name() + " · @legalRef: " + rule.legalRef()));
        if (ind.doubt() != null) h.el("div", "class=\"muted\"", "Còn nghi vấn (doubt): " + ind.doubt());
        h.el("div", "class=\"muted\"", "Nguồn (source): " + ind.source());
        if (ind.fromPrerequisite()) {
            h.el("div", null, "Xác định từ bộ tiêu chí phải đạt trước (decided from the prerequisite set), không có mức riêng.");
        } else {
            h.raw("<table><thead><tr><th>Thành phần</th><th>Vùng <span class=\"en\">regions</span></th><th>Từ ngày <span class=\"en\">from</span></th>"
                    + "<th>Đến ngày <span class=\"en\">to</span></th><th>Mức <span class=\"en\">level</span></th><th>Kiểm chứng</th><th>Trích dẫn <span class=\"en\">citation</span></th></tr></thead><tbody>\n");
            for (Part p : ind.isComposite() ? ind.parts() : java.util.Collections.<Part>singletonList(null)) levels(h, table, ind, p);
            h.raw("</tbody></table>\n");
        }
        h.raw("</div>\n");
    }

    /** One row per period and level, regions with the same entry grouped. */
    private static void levels(Html h, ThresholdTable table, Indicator ind, Part p) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        Map<String, ThresholdEntry> entries = new LinkedHashMap<>();
        for (Region r : Region.values()) {
            for (ThresholdEntry e : table.series(ind.code(), p == null ? null : p.name(), r)) {
                String key = e.validFrom() + "|" + e.validTo() + "|" + e.value() + "|" + e.verification() + "|" + e.citation();
                regions.computeIfAbsent(key, k -> new ArrayList<>()).add(r.name());
                entries.putIfAbsent(key, e);
            }
        }
        for (Map.Entry<String, ThresholdEntry> x : entries.entrySet()) {
            ThresholdEntry e = x.getValue();
            List<String> rs = regions.get(x.getKey());
            h.raw("<tr>").el("td", null, p == null ? "" : p.nameVi())
                    .el("td", null, rs.size() == Region.values().length ? "mọi vùng (all)" : String.join(", ", rs))
                    .el("td", null, Format.date(e.validFrom())).el("td", null, e.validTo() == null ? "—" : Format.date(e.validTo()))
                    .el("td", null, Levels.one(e, p == null ? ind.comparator() : p.comparator()))
                    .el("td", "class=\"" + e.verification().name() + "\"", e.verification().name())
                    .raw("<td>").text(e.citation()).raw(e.basis() == null ? "" : "<br><small>" + Html.escape("cơ sở (basis): " + e.basis()) + "</small>")
                    .raw("</td></tr>\n");
        }
    }
}
