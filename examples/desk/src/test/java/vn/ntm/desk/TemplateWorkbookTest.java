package vn.ntm.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The blank template as Excel would see it (read with Apache POI): rows from the catalogue, validation, locks. */
class TemplateWorkbookTest {

    @Test
    void indicatorsAsRowsWithValidationAndLockedHeaders() throws Exception {
        Path xlsx = Examples.target("template.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new TemplateWriter(Examples.EVALUATOR.definitions(), LocalDate.of(2024, 9, 16)).write(out, List.of("xa-ntm-2021-2025"), 3, List.of());
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Hướng dẫn", "Xã NTM", "Hồ sơ minh chứng", "Thẩm tra, thẩm định", "Thôn", "Danh mục hồ sơ"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4),
                            wb.getSheetName(5)));
            XSSFSheet s = wb.getSheet("Xã NTM");
            assertTrue(s.getProtect(), "the sheet is protected, so its locked header cells stay as written");
            Row irrigation = row(s, "3.1");
            assertEquals("Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", irrigation.getCell(2).getStringCellValue());
            assertEquals("%", irrigation.getCell(3).getStringCellValue());
            assertEquals("≥ 80", irrigation.getCell(4).getStringCellValue(), "the verified level of 318/QĐ-TTg for 3.1");
            assertTrue(irrigation.getCell(2).getCellStyle().getLocked(), "the indicator's name is locked");
            assertFalse(irrigation.getCell(5).getCellStyle().getLocked(), "the commune's cell is open for input");
            assertFalse(irrigation.getCell(7).getCellStyle().getLocked(), "three commune columns: F, G, H");
            // no commune region known yet: the level per region, provisional ones marked, unknown ones said so
            assertEquals("TDMNPB: ≥ 80 *; DBSH, BTB, DHNTB, TN, DNB, DBSCL: chưa rõ (unknown)", row(s, "2.2").getCell(4).getStringCellValue());

            DataValidation percent = validation(s, irrigation.getRowNum(), 5);
            assertEquals(DataValidationConstraint.ValidationType.FORMULA, percent.getValidationConstraint().getValidationType());
            assertEquals("AND(ISNUMBER(F" + (irrigation.getRowNum() + 1) + "),F" + (irrigation.getRowNum() + 1) + ">=0,100>=F"
                    + (irrigation.getRowNum() + 1) + ")", percent.getValidationConstraint().getFormula1());
            DataValidation yesNo = validation(s, row(s, "3.2").getRowNum(), 6);
            assertEquals(DataValidationConstraint.ValidationType.LIST, yesNo.getValidationConstraint().getValidationType());
            assertEquals("\"Đạt,Không đạt\"", yesNo.getValidationConstraint().getFormula1());
            DataValidation conditional = validation(s, row(s, "13.4").getRowNum(), 5);
            assertEquals("\"Đạt,Không đạt,Không áp dụng\"", conditional.getValidationConstraint().getFormula1(), "13.4 is \"nếu có\"");
            DataValidation date = validation(s, row(s, "assessedOn").getRowNum(), 5);
            assertTrue(date.getValidationConstraint().getFormula1().startsWith("ISNUMBER("));

            // villages: one row per commune, village and field; households are counted in whole numbers
            XSSFSheet villages = wb.getSheet("Thôn");
            assertTrue(villages.getProtect());
            assertEquals("Mã xã (commune code)", villages.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Mã thôn (village code)", villages.getRow(2).getCell(2).getStringCellValue());
            assertEquals("AND(ISNUMBER(G4),G4>=0,G4=INT(G4))", validation(villages, 3, 6).getValidationConstraint().getFormula1());
            assertEquals(DataValidationConstraint.ValidationType.LIST, validation(villages, 3, 4).getValidationConstraint().getValidationType());
            assertTrue(validation(villages, 3, 4).getValidationConstraint().getFormula1().contains("17.1"),
                    "17.1 (clean water) may be computed from villages");
        }
    }

    /** The row whose column A holds the key (an indicator code or a contract field). */
    private static Row row(XSSFSheet s, String key) {
        for (Row r : s) if (r.getCell(0) != null && key.equals(r.getCell(0).getStringCellValue())) return r;
        throw new AssertionError("no row " + key);
    }

    private static DataValidation validation(XSSFSheet s, int row, int col) {
        for (DataValidation v : s.getDataValidations()) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) if (a.isInRange(row, col)) return v;
        }
        throw new AssertionError("no validation at row " + (row + 1) + ", column " + col);
    }
}
