package cn.minzheng.marriage.domain.booking;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in citizen's own ID number, taken from the account's registry person so that it is
 * never typed again. The booking form carries it sealed (encrypted and bound to the person with the
 * platform's field key: the page shows it only masked), so that submitting the form needs no
 * look-up and a booking stays one database round trip; a missing or foreign seal falls back to the
 * look-up. Whatever the form sends, {@code marriage.book} still refuses a first party who is not
 * the account's own person.
 */
@Component
public class OwnIdNumbers {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  OwnIdNumbers(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** The person's ID number from the registry's published view; empty when none is recorded. */
  @Transactional(readOnly = true)
  public Optional<IdCardNo> of(long personId) {
    return jdbc.sql("select id_number_enc from registry.person_fact where id = ?")
        .param(personId)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .filter(enc -> enc != null)
        .map(enc -> IdCardNo.parse(cipher.decrypt(enc), ChinaTime.today()));
  }

  /** The number sealed for the person's own form. */
  public String seal(long personId, IdCardNo own) {
    return ENCODER.encodeToString(cipher.encrypt(personId + ":" + own.value()));
  }

  /**
   * The own number of the person: from the seal when it is the person's own and intact, otherwise
   * looked up; the refusal names the own field when the registry holds no number.
   */
  public IdCardNo resolve(long personId, @Nullable String sealed) {
    return unseal(personId, sealed)
        .or(() -> of(personId))
        .orElseThrow(() -> new BookingRejectedException("ownIdNumber", "未能读取本人身份证号，请到登记处现场办理"));
  }

  private Optional<IdCardNo> unseal(long personId, @Nullable String sealed) {
    if (sealed == null || sealed.isBlank()) {
      return Optional.empty();
    }
    try {
      String plain = cipher.decrypt(DECODER.decode(sealed.strip()));
      String prefix = personId + ":";
      if (!plain.startsWith(prefix)) {
        return Optional.empty();
      }
      return Optional.of(new IdCardNo(plain.substring(prefix.length())));
    } catch (RuntimeException altered) {
      // not base64, altered, another key: the look-up answers instead
      return Optional.empty();
    }
  }
}
