package vn.ntm.desk;

/** A1-style cell names, as a spreadsheet user reads them ("Xã NTM!F14"). */
public final class Cells {
    private Cells() { }

    /** Column letters of a 0-based column index: 0 → A, 26 → AA. */
    public static String column(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
        return sb.toString();
    }

    /** "F14" for 0-based row 13, column 5. */
    public static String ref(int row, int col) { return column(col) + (row + 1); }

    public static String ref(String sheet, int row, int col) { return sheet + "!" + ref(row, col); }
}
