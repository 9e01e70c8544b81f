package cn.minzheng.portal.ratings;

import cn.minzheng.portal.ratings.ServiceRatings.Rating;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** 好差评 as Excel (streaming workbook): service, office, what was done, stars and comment. */
public final class RatingWorkbook {

  private static final String[] HEADERS = {
    "服务事项", "办理单位", "所在地区", "办理内容", "办结日期", "评分（星）", "评价内容", "评价时间"
  };

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

  private RatingWorkbook() {}

  /**
   * @param regionName the region's name for its code (never the code)
   */
  public static byte[] of(List<Rating> ratings, Function<String, String> regionName) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("好差评");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (Rating x : ratings) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(x.serviceName());
        row.createCell(1).setCellValue(x.office());
        row.createCell(2).setCellValue(regionName.apply(x.regionCode()));
        row.createCell(3).setCellValue(x.title());
        row.createCell(4).setCellValue(x.completedOn().toString());
        if (x.stars() != null) {
          row.createCell(5).setCellValue(x.stars());
        } else {
          row.createCell(5).setCellValue("未评价");
        }
        row.createCell(6).setCellValue(x.comment() == null ? "" : x.comment());
        row.createCell(7).setCellValue(x.ratedAt() == null ? "" : TIME.format(x.ratedAt()));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }
}
