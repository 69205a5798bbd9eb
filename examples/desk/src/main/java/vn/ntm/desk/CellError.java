package vn.ntm.desk;

/**
 * One problem in a workbook, named as a spreadsheet user finds it and as the JSON contract names it.
 *
 * @param cell    "Xã NTM!F14" (sheet and cell), or the sheet alone when no single cell is at fault
 * @param path    the contract path ("indicators.3.1"), or null for a cell outside any assessment
 * @param message what is wrong, in Vietnamese with English alongside
 */
public record CellError(String cell, String path, String message) {
    @Override
    public String toString() { return cell + ": " + message + (path == null ? "" : " [" + path + "]"); }
}
