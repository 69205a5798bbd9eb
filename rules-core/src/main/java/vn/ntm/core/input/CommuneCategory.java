package vn.ntm.core.input;

/** Commune categories of the input contract; what follows from them is the law module's (regions.yaml). */
public enum CommuneCategory {
    /** xã đặc biệt khó khăn */
    DBKK,
    /** xã an toàn khu thuộc huyện nghèo / huyện vừa thoát nghèo */
    ATK
}
