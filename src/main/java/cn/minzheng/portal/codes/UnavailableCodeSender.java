package cn.minzheng.portal.codes;

import cn.minzheng.portal.OneTimeCodeSender;
import java.time.Instant;

/**
 * Used when no SMS gateway is configured and the development sender is off: registration then tells
 * the citizen that codes cannot be sent, instead of the application refusing to start.
 */
class UnavailableCodeSender implements OneTimeCodeSender {

  @Override
  public void send(String phone, String code, Purpose purpose, Instant expiresAt) {
    throw new CodeDeliveryUnavailableException();
  }

  @Override
  public boolean available() {
    return false;
  }
}
