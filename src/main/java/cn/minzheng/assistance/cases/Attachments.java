package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.cases.NewApplication.Upload;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments of a case: PDF, JPEG or PNG recognised by their first bytes, at most 5 MB each. */
@Component("assistanceAttachments")
public class Attachments {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final JdbcClient jdbc;

  Attachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The content type, or empty when the content is none of the accepted kinds. */
  public static Optional<String> contentType(byte[] content) {
    if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("application/pdf");
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  /** The Chinese error for a file that is refused, or empty when it is fine. */
  public static Optional<String> problem(Upload upload) {
    if (upload.content().length == 0) {
      return Optional.of("附件“" + upload.fileName() + "”：文件为空");
    }
    if (upload.content().length > MAX_BYTES) {
      return Optional.of("附件“" + upload.fileName() + "”：超过5MB");
    }
    if (contentType(upload.content()).isEmpty()) {
      return Optional.of("附件“" + upload.fileName() + "”：仅接受PDF、JPG、PNG文件");
    }
    return Optional.empty();
  }

  void store(long caseId, Upload upload, String by) {
    jdbc.sql(
            """
            insert into assistance.attachment (case_id, file_name, content_type, size_bytes,
                                               content, uploaded_by)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            upload.fileName(),
            contentType(upload.content()).orElseThrow(),
            upload.content().length,
            upload.content(),
            by)
        .update();
  }

  /** A case's attachment with its content; empty when the case has no such attachment. */
  public Optional<StoredFile> content(long caseId, long attachmentId) {
    return jdbc.sql(
            """
            select file_name, content_type, content from assistance.attachment
             where case_id = ? and id = ?""")
        .params(caseId, attachmentId)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  public record StoredFile(String fileName, String contentType, byte[] content) {}

  private static boolean starts(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    int[] head = new int[magic.length];
    for (int i = 0; i < magic.length; i++) {
      head[i] = content[i] & 0xFF;
    }
    return Arrays.equals(head, magic);
  }
}
