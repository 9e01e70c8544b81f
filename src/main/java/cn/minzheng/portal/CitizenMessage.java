package cn.minzheng.portal;

import java.util.regex.Pattern;

/**
 * One message to a citizen (站内消息), addressed to the registry person.
 *
 * @param personId the registry person (the portal account linked to it reads the message)
 * @param subject shown in the inbox list, at most 100 characters
 * @param body the text, at most 2000 characters; no ID or phone numbers in it
 * @param link optional path inside this application ({@code /portal/...}), null for none
 * @param onceKey optional idempotency key: a second message with the same key is not stored nor
 *     sent (e.g. {@code marriage:reminder:42:2026-05-20:7}); null for none
 */
public record CitizenMessage(
    long personId, String subject, String body, String link, String onceKey) {

  private static final Pattern LOCAL_PATH = Pattern.compile("/[^/\\\\\\s]\\S*");

  public CitizenMessage {
    if (subject == null || subject.isBlank() || subject.length() > 100) {
      throw new IllegalArgumentException("subject must have 1-100 characters");
    }
    if (body == null || body.length() > 2000) {
      throw new IllegalArgumentException("body must have at most 2000 characters");
    }
    // Only paths of this site: a message must never send a citizen elsewhere.
    if (link != null && (!LOCAL_PATH.matcher(link).matches())) {
      throw new IllegalArgumentException("link must be a path of this site");
    }
    if (onceKey != null && (onceKey.isBlank() || onceKey.length() > 200)) {
      throw new IllegalArgumentException("onceKey must have 1-200 characters");
    }
  }

  public static CitizenMessage to(long personId, String subject, String body) {
    return new CitizenMessage(personId, subject, body, null, null);
  }

  public CitizenMessage withLink(String path) {
    return new CitizenMessage(personId, subject, body, path, onceKey);
  }

  public CitizenMessage once(String key) {
    return new CitizenMessage(personId, subject, body, link, key);
  }
}
