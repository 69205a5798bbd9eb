package vn.ntm.core.input;

import java.util.List;
import vn.ntm.core.catalog.Region;

/** The commune being assessed. Categories DBKK or ATK make it use the TDMNPB thresholds. */
public record Commune(String code, String name, String district, String province, Region region,
                      List<CommuneCategory> categories) {
    public Commune {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** 318/QĐ-TTg Điều 1: xã đặc biệt khó khăn and xã ATK use the TDMNPB thresholds whatever their region. */
    public Region thresholdRegion() {
        return categories.isEmpty() ? region : Region.TDMNPB;
    }
}
