package cn.minzheng.platform.crypto;

/**
 * A stored value that cannot be decrypted: wrong or unknown key, or altered bytes (GCM tag). The
 * message never contains the value.
 */
public class FieldDecryptionException extends IllegalStateException {

  public FieldDecryptionException(String message) {
    super(message);
  }
}
