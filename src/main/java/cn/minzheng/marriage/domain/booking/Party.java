package cn.minzheng.marriage.domain.booking;

import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import java.util.Optional;

/**
 * A party of an appointment: the parsed ID number with its blind index and ciphertext, and the
 * party's registry record when the registry knows the person (looked up once per booking, not once
 * per rule).
 */
public record Party(IdCardNo id, byte[] blindIndex, byte[] encrypted, PersonSummary person) {

  Optional<PersonSummary> registered() {
    return Optional.ofNullable(person);
  }
}
