package cn.minzheng.rescue.intake;

import cn.minzheng.platform.InvalidInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos of unidentified persons. The type is read from the file's own first bytes (JPEG or PNG
 * signature), never from its name or the declared type, so that a script renamed {@code .jpg} is
 * refused; the size is limited by {@code minzheng.rescue.photo-max-bytes}. Kept in the database and
 * served only with their checked type; the same image twice for one record is kept once.
 */
@Service
public class Photos {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private final JdbcClient jdbc;
  private final long maxBytes;

  Photos(JdbcClient jdbc, @Value("${minzheng.rescue.photo-max-bytes:2097152}") long maxBytes) {
    this.jdbc = jdbc;
    this.maxBytes = maxBytes;
  }

  /** A stored photo with the record it shows. */
  public record Photo(long id, long unidentifiedId, String contentType, byte[] content) {}

  /** The checked content type of an image, or a refusal naming the field {@code photo}. */
  public String check(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InvalidInput("photo", "照片：文件为空");
    }
    if (bytes.length > maxBytes) {
      throw new InvalidInput("photo", "照片：文件过大，不能超过 " + (maxBytes / 1024) + " KB");
    }
    if (startsWith(bytes, JPEG)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, PNG)) {
      return "image/png";
    }
    throw new InvalidInput("photo", "照片：只接受 JPEG 或 PNG 图片");
  }

  /** Stores the photo (checked again); the same image already on the record changes nothing. */
  public long store(long unidentifiedId, byte[] bytes, String by) {
    String type = check(bytes);
    String hash = sha256(bytes);
    jdbc.sql(
            """
            insert into rescue.photo (unidentified_id, content_type, sha256, size_bytes, content,
                                      uploaded_by)
            values (?, ?, ?, ?, ?, ?) on conflict on constraint photo_once do nothing""")
        .params(unidentifiedId, type, hash, bytes.length, bytes, by)
        .update();
    return jdbc.sql("select id from rescue.photo where unidentified_id = ? and sha256 = ?")
        .params(unidentifiedId, hash)
        .query(Long.class)
        .single();
  }

  public List<Long> idsOf(long unidentifiedId) {
    return jdbc.sql("select id from rescue.photo where unidentified_id = ? order by id")
        .param(unidentifiedId)
        .query(Long.class)
        .list();
  }

  public Optional<Photo> find(long id) {
    return jdbc.sql(
            "select id, unidentified_id, content_type, content from rescue.photo where id = ?")
        .param(id)
        .query(Photo.class)
        .optional();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
