package cn.minzheng.portal.codes;

import cn.minzheng.portal.TextMessageSender;

/**
 * Used while no SMS gateway is configured and the development sender is off: citizens still find
 * every message in their inbox, so the text is simply not sent.
 */
class NoTextSender implements TextMessageSender {

  @Override
  public void send(String phone, String text) {
    // Deliberately nothing: the inbox is the message's home; the text is only a notification.
  }
}
