package cn.minzheng.portal.messages;

import java.time.Instant;

/** A message as the inbox shows it. */
public record InboxMessage(
    long id, String subject, String body, String link, Instant createdAt, Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
