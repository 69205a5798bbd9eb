package vn.ntm.core.input;

/** Commune categories that change which thresholds apply (318/QĐ-TTg Điều 1). */
public enum CommuneCategory {
    /** xã đặc biệt khó khăn */
    DBKK,
    /** xã an toàn khu thuộc huyện nghèo / huyện vừa thoát nghèo */
    ATK
}
