package cn.minzheng.monitoring.feeds;

import cn.minzheng.shared.XlsxRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The first sheet of an .xlsx workbook, streamed by {@link XlsxRows}; the header row (line 1) is
 * left out. Dates should be text ({@code 2026-01-31}) or date cells.
 */
final class ExcelFeedRows implements FeedRows {

  private final Supplier<InputStream> content;

  ExcelFeedRows(Supplier<InputStream> content) {
    this.content = content;
  }

  @Override
  public void forEach(Sink sink) throws IOException {
    try (InputStream in = content.get()) {
      XlsxRows.forEach(
          in,
          (line, cells) -> {
            if (line > 1) {
              sink.row(line, cells);
            }
          });
    }
  }
}
