package vn.ntm.core.planning;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.json.NtmJson;

/**
 * One trial level as ordinary overlays (ntm-overlay/1, read by {@link Overlay#load}), one per province among the
 * communes: overlays are per province, a trial level is for every commune given. Going through the overlay reader
 * means a trial level gets the same checks as a province's file (e.g. never below a verified national minimum).
 */
final class LevelOverlays {
    private LevelOverlays() { }

    static List<Overlay> of(Definitions defs, String set, String indicator, String part, BigDecimal level,
                            Map<String, Region> provinces) {
        List<Overlay> out = new ArrayList<>();
        for (Map.Entry<String, Region> p : provinces.entrySet()) {
            String province = p.getKey();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicator", indicator);
            if (part != null) item.put("part", part);
            item.put("from", "1900-01-01");   // in force whatever the assessment date
            item.put("value", level);
            item.put("provenance", "PROVINCIAL");   // a province's draft: never shown as a level this project verified
            item.put("citation", "mức thử " + label(indicator, part) + " = " + level.toPlainString()
                    + ", chưa ban hành (what-if level, not enacted)");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", Overlay.FORMAT);
            doc.put("province", province);
            doc.put("region", p.getValue().name());
            doc.put("decision", "Mức thử (what-if) " + label(indicator, part) + " = " + level.toPlainString());
            doc.put("criteriaSet", set);
            doc.put("thresholds", List.of(item));
            byte[] json = NtmJson.write(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.add(Overlay.load(new ByteArrayInputStream(json), "sweep " + label(indicator, part) + "=" + level.toPlainString(), defs));
        }
        return out;
    }

    static String label(String indicator, String part) { return part == null ? indicator : indicator + "." + part; }
}
