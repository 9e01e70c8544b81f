package cn.minzheng.portal;

import java.util.List;

/**
 * Messages of any module to citizens: kept in the citizen's inbox ({@code /portal/messages}, unread
 * count on 我的信息) and, where the citizen's account has a phone, also sent as a text message through
 * {@link TextMessageSender} after the caller's transaction commits.
 *
 * <p>Joins the caller's transaction: a message of a booking that rolls back is never stored nor
 * sent. Never fails because of the text message: delivery problems are swallowed (the inbox has the
 * message).
 *
 * <pre>{@code
 * messages.send(
 *     CitizenMessage.to(personId, "养老服务补贴已批准", "自2026年7月起每月发放……")
 *         .withLink("/portal/elderly")
 *         .once("elderly:approved:" + applicationId));
 * }</pre>
 */
public interface CitizenMessages {

  /**
   * Stores the message and sends its text message.
   *
   * @return false when a message with the same {@code onceKey} was already sent (nothing done)
   */
  boolean send(CitizenMessage message);

  /**
   * {@link #send(CitizenMessage)} for several messages in one round trip (a booking's two parties).
   *
   * @return how many were stored (those whose once-key was used before are not)
   */
  int sendAll(List<CitizenMessage> messages);

  /** {@link #send(CitizenMessage)} without a once-key. */
  default boolean send(long personId, String subject, String body, String link) {
    return send(CitizenMessage.to(personId, subject, body).withLink(link));
  }

  /**
   * To the person of a portal account.
   *
   * @throws cn.minzheng.platform.RecordNotFoundException when there is no such account
   */
  boolean sendToAccount(long accountId, String subject, String body, String link);

  /** Unread messages of the person. */
  long unreadCount(long personId);
}
