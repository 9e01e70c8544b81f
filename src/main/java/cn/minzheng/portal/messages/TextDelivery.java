package cn.minzheng.portal.messages;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.TextMessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the text message of a stored message once the transaction has committed: a text already
 * sent cannot be taken back, so a rolled-back booking must not have sent one. Only citizens with an
 * active portal account have a phone here. Failures are logged without phone or text.
 */
@Component
class TextDelivery {

  private static final Logger log = LoggerFactory.getLogger(TextDelivery.class);

  private final FieldCipher cipher;
  private final TextMessageSender sender;

  TextDelivery(FieldCipher cipher, TextMessageSender sender) {
    this.cipher = cipher;
    this.sender = sender;
  }

  /**
   * @param phone the encrypted phone of the person's active account; null: no text
   */
  void afterCommit(CitizenMessage message, byte[] phone) {
    if (phone == null) {
      return;
    }
    String text = "【成都民政】" + message.subject() + "：" + message.body();
    Runnable send = () -> deliver(cipher.decrypt(phone), text, message.personId());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              send.run();
            }
          });
    } else {
      send.run();
    }
  }

  private void deliver(String phone, String text, long personId) {
    try {
      sender.send(phone, text);
    } catch (RuntimeException e) {
      log.warn("Text message to person {} not delivered: {}", personId, e.getClass().getName());
    }
  }
}
