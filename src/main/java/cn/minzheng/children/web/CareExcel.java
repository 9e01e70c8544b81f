package cn.minzheng.children.web;

import cn.minzheng.children.care.CareCounts.Row;
import cn.minzheng.children.care.ScreeningType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The care programme's workbooks: the import template and the counts. */
final class CareExcel {

  private CareExcel() {}

  static ResponseEntity<byte[]> download(String fileName, byte[] body) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(body);
  }

  /** The header row of the import file and one example row. */
  static byte[] template() {
    SXSSFWorkbook wb = new SXSSFWorkbook(50);
    try {
      Sheet sheet = wb.createSheet("筛查结果");
      String[] header = {"身份证号", "学籍号", "姓名", "年级", "近视", "龋齿", "心理健康", "脊柱侧弯"};
      String[] example = {"", "G510104201500001", "示例学生", "三年级", "正常", "异常", "正常", ""};
      var h = sheet.createRow(0);
      var e = sheet.createRow(1);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
        e.createCell(i).setCellValue(example[i]);
      }
      return bytes(wb);
    } finally {
      wb.dispose();
    }
  }

  /** Three sheets: by school, by district, by screening type (with the round's total). */
  static byte[] counts(List<Row> schools, List<Row> districts, Row total) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      rows(wb.createSheet("按学校"), "学校", schools, total);
      rows(wb.createSheet("按区县"), "区县", districts, total);
      Sheet types = wb.createSheet("按筛查项目");
      String[] header = {"筛查项目", "筛查人数", "异常人数", "异常率（%）"};
      var h = types.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      int r = 1;
      for (ScreeningType t : ScreeningType.values()) {
        var x = types.createRow(r++);
        x.createCell(0).setCellValue(t.label());
        x.createCell(1).setCellValue(total.screened(t));
        x.createCell(2).setCellValue(total.positive(t));
        x.createCell(3)
            .setCellValue(
                total.screened(t) == 0
                    ? 0
                    : Math.round(total.positive(t) * 1000.0 / total.screened(t)) / 10.0);
      }
      return bytes(wb);
    } finally {
      wb.dispose();
    }
  }

  private static void rows(Sheet sheet, String what, List<Row> rows, Row total) {
    ScreeningType[] types = ScreeningType.values();
    var h = sheet.createRow(0);
    int c = 0;
    h.createCell(c++).setCellValue(what);
    h.createCell(c++).setCellValue("区划代码");
    h.createCell(c++).setCellValue("筛查学生");
    h.createCell(c++).setCellValue("匹配人口库");
    h.createCell(c++).setCellValue("特殊群体儿童");
    for (ScreeningType t : types) {
      h.createCell(c++).setCellValue(t.label() + "筛查");
      h.createCell(c++).setCellValue(t.label() + "异常");
    }
    h.createCell(c++).setCellValue("已随访");
    h.createCell(c).setCellValue("逾期未随访");
    int r = 1;
    for (Row row : rows) {
      write(sheet.createRow(r++), row, types);
    }
    write(sheet.createRow(r), total, types);
  }

  private static void write(org.apache.poi.ss.usermodel.Row x, Row row, ScreeningType[] types) {
    int c = 0;
    x.createCell(c++).setCellValue(row.name());
    x.createCell(c++).setCellValue(row.regionCode());
    x.createCell(c++).setCellValue(row.pupils());
    x.createCell(c++).setCellValue(row.matched());
    x.createCell(c++).setCellValue(row.special());
    for (ScreeningType t : types) {
      x.createCell(c++).setCellValue(row.screened(t));
      x.createCell(c++).setCellValue(row.positive(t));
    }
    x.createCell(c++).setCellValue(row.followedUp());
    x.createCell(c).setCellValue(row.overdue());
  }

  private static byte[] bytes(SXSSFWorkbook wb) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
