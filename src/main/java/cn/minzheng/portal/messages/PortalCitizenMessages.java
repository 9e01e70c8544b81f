package cn.minzheng.portal.messages;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's {@link CitizenMessages}: the inbox row now, the text message after commit. */
@Service
@Transactional
class PortalCitizenMessages implements CitizenMessages {

  private final MessageStore store;
  private final TextDelivery delivery;

  PortalCitizenMessages(MessageStore store, TextDelivery delivery) {
    this.store = store;
    this.delivery = delivery;
  }

  @Override
  public boolean send(CitizenMessage message) {
    Optional<MessageStore.Stored> stored = store.insert(message);
    if (stored.isEmpty()) {
      return false;
    }
    delivery.afterCommit(message, stored.get().phone());
    return true;
  }

  @Override
  public int sendAll(List<CitizenMessage> messages) {
    List<MessageStore.StoredMessage> stored = store.insertAll(messages);
    stored.forEach(m -> delivery.afterCommit(m.message(), m.phone()));
    return stored.size();
  }

  @Override
  public boolean sendToAccount(long accountId, String subject, String body, String link) {
    long personId =
        store.personOfAccount(accountId).orElseThrow(() -> new RecordNotFoundException("account"));
    return send(personId, subject, body, link);
  }

  @Override
  @Transactional(readOnly = true)
  public long unreadCount(long personId) {
    return store.unread(personId);
  }
}
