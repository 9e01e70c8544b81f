package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/**
 * Field encryption of personal data at rest (SM4-GCM) and the keyed blind index (HMAC-SM3) that
 * lets a table be searched by an exact value without decrypting it.
 */
@NamedInterface("crypto")
public interface FieldCipher {

  byte[] encrypt(String plaintext);

  String decrypt(byte[] ciphertext);

  /** Deterministic keyed digest of a normalised value, for equality lookups. */
  byte[] blindIndex(String normalisedValue);
}
