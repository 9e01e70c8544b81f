package cn.minzheng.monitoring.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A CSV file (RFC 4180 quoting, optional BOM, header line first) in the encoding found for it
 * (UTF-8 or GBK, {@code TextFileEncoding}), read line by line: only the current line is in memory,
 * whatever the size of the file. Quoted fields may not span lines.
 */
final class CsvFeedRows implements FeedRows {

  private final Supplier<InputStream> content;
  private final Charset charset;

  CsvFeedRows(Supplier<InputStream> content, Charset charset) {
    this.content = content;
    this.charset = charset;
  }

  @Override
  public void forEach(Sink sink) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(content.get(), charset), 1 << 16)) {
      String header = reader.readLine();
      if (header == null) {
        return;
      }
      int line = 1;
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          sink.row(line, split(text));
        }
      }
    }
  }

  static List<String> split(String text) {
    List<String> cells = new ArrayList<>(4);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\uFEFF') {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
