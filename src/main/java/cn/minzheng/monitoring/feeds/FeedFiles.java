package cn.minzheng.monitoring.feeds;

import cn.minzheng.shared.TextFileEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** An uploaded feed file on disk: its kind by content, its SHA-256, its rows (streamed). */
public final class FeedFiles {

  private FeedFiles() {}

  /** An .xlsx is a ZIP archive ("PK\3\4"); anything else is read as CSV (UTF-8 or GBK). */
  public static boolean isExcel(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  public static FeedRows rows(Path file) throws IOException {
    java.util.function.Supplier<InputStream> open =
        () -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return isExcel(file)
        ? new ExcelFeedRows(open)
        : new CsvFeedRows(open, TextFileEncoding.detect(file));
  }

  public static byte[] sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return ((DigestInputStream) in).getMessageDigest().digest();
    }
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
