package vn.ntm.core.input;

import java.util.List;
import vn.ntm.core.catalog.Region;

/**
 * The commune being assessed. Which region's levels it is held to (its categories may move it) is the law module's
 * rule: {@link vn.ntm.core.engine.Definitions#thresholdRegion}.
 */
public record Commune(String code, String name, String district, String province, Region region,
                      List<CommuneCategory> categories) {
    public Commune {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
