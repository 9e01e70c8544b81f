package cn.minzheng.portal.web;

import cn.minzheng.portal.messages.Inbox;
import cn.minzheng.portal.messages.InboxMessage;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我的消息 as JSON for the city's app: the signed-in citizen's newest messages and the unread count, as
 * the portal's inbox shows them; reading one marks it read, as opening it on the page does. Another
 * person's message answers 404.
 */
@RestController
class CitizenMessageApi {

  private final Inbox inbox;

  CitizenMessageApi(Inbox inbox) {
    this.inbox = inbox;
  }

  /** The newest {@value Inbox#SHOWN} messages, newest first, and how many are unread in all. */
  record Messages(long unread, List<InboxMessage> messages) {}

  @Operation(summary = "我的消息", description = "最新 50 条消息（新的在前）和未读总数。")
  @GetMapping("/api/v1/citizen/messages")
  Messages list() {
    long person = CitizenSessions.current().personId();
    return new Messages(inbox.unread(person), inbox.newest(person));
  }

  @Operation(summary = "读取我的一条消息（标记为已读）")
  @GetMapping("/api/v1/citizen/messages/{id}")
  InboxMessage open(@PathVariable long id) {
    return inbox.open(CitizenSessions.current().personId(), id);
  }
}
