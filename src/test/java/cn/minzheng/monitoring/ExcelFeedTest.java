package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.monitoring.MonitoringTestData.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An Excel workbook (first sheet, header row) is read like a CSV, date cells included. */
@SpringBootTest
class ExcelFeedTest {

  @Autowired FeedImports imports;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void readsTextAndDateCellsOfTheFirstSheet() throws Exception {
    Person r = registry.person("冯十", COMMUNITY);
    Path file = Files.createTempFile("feed-", ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = book.createSheet("数据");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("身份证号");
      header.createCell(1).setCellValue("日期");
      header.createCell(2).setCellValue("金额");
      header.createCell(3).setCellValue("说明");
      var text = sheet.createRow(1);
      text.createCell(0).setCellValue(r.idNumber());
      text.createCell(1).setCellValue("2025-03-31");
      text.createCell(2).setCellValue(1500.5);
      text.createCell(3).setCellValue("工资 某公司");
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      var dated = sheet.createRow(2);
      dated.createCell(0).setCellValue(r.idNumber());
      var cell = dated.createCell(1);
      cell.setCellValue(LocalDate.of(2025, 4, 30));
      cell.setCellStyle(dates);
      dated.createCell(2).setCellValue(1600);
      dated.createCell(3).setCellValue("工资 某公司");
      book.write(out);
    }

    FeedImportResult result = importCsv(imports, FeedType.PENSION_EMPLOYMENT, file);

    assertThat(imports.errors(result.batch().id(), 10)).isEmpty();
    assertThat(
            jdbc.sql(
                    "select fact_date::text || ' ' || amount::text from monitoring.fact"
                        + " where batch_id = ? order by line")
                .param(result.batch().id())
                .query(String.class)
                .list())
        .containsExactly("2025-03-31 1500.50", "2025-04-30 1600.00");
  }
}
