package cn.minzheng.disability.web;

import cn.minzheng.shared.TableWorkbook;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An Excel file as a download with its Chinese file name. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> xlsx(String fileName, TableWorkbook workbook) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(TableWorkbook.CONTENT_TYPE))
        .body(workbook.bytes());
  }
}
