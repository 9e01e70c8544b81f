package cn.minzheng.platform.crypto;

import cn.minzheng.platform.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 in GCM mode (GB/T 39786-2021) through the BouncyCastle lightweight API, so no JCE provider
 * has to be installed. Layout of a stored value: {@code version(1) | nonce(12) |
 * ciphertext+tag(16)}. The version byte names the key, so keys can rotate while old rows stay
 * readable; it is also authenticated (associated data), so it cannot be swapped without breaking
 * the tag.
 */
final class Sm4GcmFieldCipher implements FieldCipher {

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;

  private final CryptoKeys keys;

  /**
   * Per thread and key version, a GCM cipher whose key schedule and multiplier tables are made
   * once: re-initialising only the nonce is what makes bulk loads of millions of persons affordable
   * (the full initialisation costs several times the encryption of a short value).
   */
  private final ThreadLocal<Map<Integer, GCMModeCipher>> ciphers =
      ThreadLocal.withInitial(HashMap::new);

  /** Per thread: a shared SecureRandom is a point of contention for parallel encryption. */
  private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);

  /** Per thread, keyed once; {@code doFinal} resets it to the keyed state. */
  private final ThreadLocal<HMac> hmac;

  Sm4GcmFieldCipher(CryptoKeys keys) {
    this.keys = keys;
    this.hmac =
        ThreadLocal.withInitial(
            () -> {
              HMac mac = new HMac(new SM3Digest());
              mac.init(new KeyParameter(keys.indexKey()));
              return mac;
            });
  }

  @Override
  public byte[] encrypt(String plaintext) {
    if (plaintext == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.get().nextBytes(nonce);
    byte version = (byte) keys.currentVersion();
    GCMModeCipher gcm = gcm(true, keys.currentVersion(), keys.currentDataKey(), nonce, version);
    byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[1 + NONCE_BYTES + gcm.getOutputSize(input.length)];
    out[0] = version;
    System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
    int offset = 1 + NONCE_BYTES;
    try {
      int n = gcm.processBytes(input, 0, input.length, out, offset);
      gcm.doFinal(out, offset + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM4-GCM encryption failed", e);
    }
    return out;
  }

  @Override
  public String decrypt(byte[] ciphertext) {
    if (ciphertext == null) {
      return null;
    }
    if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
      throw new FieldDecryptionException("value is too short to be an SM4-GCM field");
    }
    int version = ciphertext[0] & 0xff;
    byte[] key = keys.dataKeys().get(version);
    if (key == null) {
      throw new FieldDecryptionException("no data key for version " + version);
    }
    byte[] nonce = java.util.Arrays.copyOfRange(ciphertext, 1, 1 + NONCE_BYTES);
    GCMModeCipher gcm = gcm(false, version, key, nonce, ciphertext[0]);
    int offset = 1 + NONCE_BYTES;
    int length = ciphertext.length - offset;
    byte[] plain = new byte[gcm.getOutputSize(length)];
    try {
      int n = gcm.processBytes(ciphertext, offset, length, plain, 0);
      n += gcm.doFinal(plain, n);
      return new String(plain, 0, n, StandardCharsets.UTF_8);
    } catch (InvalidCipherTextException e) {
      throw new FieldDecryptionException("authentication tag mismatch: wrong key or altered value");
    }
  }

  @Override
  public byte[] blindIndex(String normalisedValue) {
    if (normalisedValue == null) {
      return null;
    }
    HMac hmac = this.hmac.get();
    byte[] input = normalisedValue.getBytes(StandardCharsets.UTF_8);
    hmac.update(input, 0, input.length);
    byte[] out = new byte[hmac.getMacSize()];
    hmac.doFinal(out, 0);
    return out;
  }

  private GCMModeCipher gcm(
      boolean encrypt, int keyVersion, byte[] key, byte[] nonce, byte version) {
    Map<Integer, GCMModeCipher> mine = ciphers.get();
    GCMModeCipher gcm = mine.get(keyVersion);
    KeyParameter keyParameter = null;
    if (gcm == null) {
      gcm = GCMBlockCipher.newInstance(new SM4Engine());
      keyParameter = new KeyParameter(key);
      mine.put(keyVersion, gcm);
    }
    // A null key keeps the key schedule of the first initialisation; only the nonce changes.
    gcm.init(encrypt, new AEADParameters(keyParameter, TAG_BITS, nonce, new byte[] {version}));
    return gcm;
  }
}
