package cn.minzheng.portal;

/**
 * Sends a text message (SMS) to a citizen's phone. Pluggable like {@link OneTimeCodeSender}: the
 * development sender keeps them for an administrators' page; production plugs in the SMS gateway.
 * Implementations must never log the phone number or the text.
 */
public interface TextMessageSender {

  void send(String phone, String text);
}
