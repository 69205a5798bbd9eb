package vn.ntm.core.catalog;

/** The seven socio-economic regions of 318/QĐ-TTg, by which thresholds differ. */
public enum Region {
    TDMNPB("Trung du và miền núi phía Bắc", "Northern midlands and mountains"),
    DBSH("Đồng bằng sông Hồng", "Red River Delta"),
    BTB("Bắc Trung Bộ", "North Central Coast"),
    DHNTB("Duyên hải Nam Trung Bộ", "South Central Coast"),
    TN("Tây Nguyên", "Central Highlands"),
    DNB("Đông Nam Bộ", "Southeast"),
    DBSCL("Đồng bằng sông Cửu Long", "Mekong Delta");

    private final String nameVi;
    private final String nameEn;

    Region(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() { return nameVi; }

    public String nameEn() { return nameEn; }

    public static boolean isKnown(String code) {
        for (Region r : values()) if (r.name().equals(code)) return true;
        return false;
    }
}
