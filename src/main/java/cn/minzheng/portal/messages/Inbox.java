package cn.minzheng.portal.messages;

import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A citizen's own inbox: only the signed-in person's messages are ever read or marked. */
@Service
@Transactional
public class Inbox {

  /** The inbox shows the newest messages only: a page stays small whatever the history. */
  public static final int SHOWN = 50;

  private final MessageStore store;

  Inbox(MessageStore store) {
    this.store = store;
  }

  @Transactional(readOnly = true)
  public List<InboxMessage> newest(long personId) {
    return store.newest(personId, SHOWN);
  }

  /** Opens one of the person's messages and marks it read; another person's is "not found". */
  public InboxMessage open(long personId, long messageId) {
    InboxMessage message =
        store.find(personId, messageId).orElseThrow(() -> new RecordNotFoundException("message"));
    store.markRead(personId, messageId);
    return message;
  }

  @Transactional(readOnly = true)
  public long unread(long personId) {
    return store.unread(personId);
  }
}
