package cn.minzheng.placenames.inspection;

import cn.minzheng.platform.InvalidInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A finding's photo: JPEG or PNG recognised by its first bytes (not by the name the browser sends),
 * at most {@link #MAX_BYTES}; its SHA-256 recognises the same file uploaded twice.
 */
public record Photo(byte[] content, String contentType, String sha256) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static Photo of(byte @Nullable [] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInput("photo", "请上传现场照片");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInput("photo", "现场照片不超过5MB");
    }
    String type;
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      type = "image/jpeg";
    } else if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      type = "image/png";
    } else {
      throw new InvalidInput("photo", "现场照片仅接受JPG、PNG格式");
    }
    try {
      return new Photo(
          content,
          type,
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean starts(byte[] content, int... head) {
    if (content.length < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if ((content[i] & 0xFF) != head[i]) {
        return false;
      }
    }
    return true;
  }
}
