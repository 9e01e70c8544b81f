package cn.minzheng.monitoring.feeds;

/**
 * Who delivered what: an uploaded file ({@code sha256} of its bytes) or an API batch ({@code
 * caller} and its {@code idempotencyKey}; {@code sha256} of the records as well, so the same
 * records under a new key are still recognised).
 */
public record Delivery(
    FeedType type,
    String channel,
    String source,
    String fileName,
    byte[] sha256,
    String caller,
    String idempotencyKey) {

  public static Delivery upload(FeedType type, String fileName, byte[] sha256) {
    return new Delivery(type, "UPLOAD", type.department(), fileName, sha256, null, null);
  }

  public static Delivery api(
      FeedType type, String department, String caller, String key, byte[] sha256) {
    return new Delivery(type, "API", department, null, sha256, caller, key);
  }
}
