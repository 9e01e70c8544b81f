package cn.minzheng.marriage.domain.booking;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a booking must meet (docs/domain-rules.md §7): valid ID numbers (check digit), two
 * different persons, for marriage a man and a woman of legal age on the slot's day (man 22, woman
 * 20, Civil Code art. 1047; the birthday itself counts) and neither recorded as married in the
 * registry.
 */
@Component
public class BookingRules {

  static final int MIN_AGE_MAN = 22;
  static final int MIN_AGE_WOMAN = 20;

  private final PersonDirectory persons;
  private final FieldCipher cipher;

  BookingRules(PersonDirectory persons, FieldCipher cipher) {
    this.persons = persons;
    this.cipher = cipher;
  }

  public Party party(String field, String label, String raw) {
    IdCardNo id = parse(field, label, raw);
    return party(id, persons.findByIdNumber(id));
  }

  /**
   * A booking's two parties with the rules that need no look-up: valid numbers, two persons, for
   * marriage a man and a woman. The registry's part (with {@code ownPersonId}, an online booking,
   * the first number must be the signed-in account's own person; neither party recorded as married)
   * is checked by the booking statement. The refusals come in the order the form is read: the first
   * number, whether it is one's own, the second, then the pair; so when a rule checked here refuses
   * an online booking, the own-number check is made first, by a look-up of its own (a refused
   * booking's extra round trip, never a booked one's).
   */
  Parties parties(
      @Nullable Long ownPersonId, AppointmentType type, String firstRaw, String secondRaw) {
    IdCardNo firstId =
        ownPersonId == null
            ? parse("firstIdNumber", "第一方", firstRaw)
            : parse("ownIdNumber", "本人", firstRaw);
    try {
      Party first = unlooked(firstId);
      Party second = unlooked(parse("secondIdNumber", "第二方", secondRaw));
      checkBeforeBooking(type, first, second);
      return new Parties(first, second);
    } catch (BookingRejectedException e) {
      if (ownPersonId != null
          && persons.findByIdNumber(firstId).filter(p -> p.id() == ownPersonId).isEmpty()) {
        throw ownNumberMismatch();
      }
      throw e;
    }
  }

  /** The refusal of an online booking whose first number is not the account's own person. */
  static BookingRejectedException ownNumberMismatch() {
    return new BookingRejectedException("ownIdNumber", "本人身份证号与登录账号不一致");
  }

  /** The refusal of a marriage booking by a party the registry records as married. */
  static BookingRejectedException recordedMarried(String field) {
    return new BookingRejectedException(field, "人口库登记为已婚，不能预约结婚登记");
  }

  /** The two parties of a booking, first party first. */
  record Parties(Party first, Party second) {}

  private static IdCardNo parse(String field, String label, String raw) {
    try {
      return IdCardNo.parse(raw, ChinaTime.today());
    } catch (InvalidIdCardNoException e) {
      throw new BookingRejectedException(field, label + "身份证号无效，请核对后重新填写");
    }
  }

  private Party party(IdCardNo id, Optional<PersonSummary> registered) {
    return new Party(
        id, cipher.blindIndex(id.value()), cipher.encrypt(id.value()), registered.orElse(null));
  }

  /** A party whose registry record the booking statement looks up itself. */
  private Party unlooked(IdCardNo id) {
    return party(id, Optional.empty());
  }

  public void check(AppointmentType type, Party first, Party second, LocalDate day) {
    requireTwoPersons(first, second);
    if (type == AppointmentType.MARRIAGE) {
      requireManAndWoman(first, second);
      requireLegalAge("firstIdNumber", first.id(), day);
      requireLegalAge("secondIdNumber", second.id(), day);
      requireNotMarried("firstIdNumber", first);
      requireNotMarried("secondIdNumber", second);
    }
  }

  /**
   * The rules a booking checks before its one statement: those that need neither the registry, the
   * slot nor a party's bookings. The legal age on the slot's day is checked by the statement, from
   * {@link #legalAgeFrom}; {@link #underAge} names it when refused; so is the marital status
   * ({@link #recordedMarried}).
   */
  private static void checkBeforeBooking(AppointmentType type, Party first, Party second) {
    requireTwoPersons(first, second);
    if (type == AppointmentType.MARRIAGE) {
      requireManAndWoman(first, second);
    }
  }

  /**
   * The first slot day on which the party may marry (the birthday itself counts; one born on 29
   * February comes of age on the day {@link IdCardNo#ageOn} says), or null when no age applies (a
   * divorce).
   */
  static @Nullable LocalDate legalAgeFrom(AppointmentType type, IdCardNo id) {
    if (type != AppointmentType.MARRIAGE) {
      return null;
    }
    LocalDate day = id.birthDate().plusYears(id.sex() == Sex.MALE ? MIN_AGE_MAN : MIN_AGE_WOMAN);
    while (!ofLegalAge(id, day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static void requireTwoPersons(Party first, Party second) {
    if (first.id().equals(second.id())) {
      throw new BookingRejectedException("secondIdNumber", "双方身份证号不能相同");
    }
  }

  private static void requireManAndWoman(Party first, Party second) {
    if (first.id().sex() == second.id().sex()) {
      throw new BookingRejectedException("secondIdNumber", "结婚登记须为一男一女");
    }
  }

  static boolean ofLegalAge(IdCardNo id, LocalDate day) {
    int minimum = id.sex() == Sex.MALE ? MIN_AGE_MAN : MIN_AGE_WOMAN;
    return id.ageOn(day) >= minimum;
  }

  private static void requireLegalAge(String field, IdCardNo id, LocalDate day) {
    if (!ofLegalAge(id, day)) {
      throw underAge(field, id);
    }
  }

  static BookingRejectedException underAge(String field, IdCardNo id) {
    String rule = id.sex() == Sex.MALE ? "男方须年满22周岁" : "女方须年满20周岁";
    return new BookingRejectedException(field, "未达法定婚龄：" + rule + "（以预约登记日计算）");
  }

  /** A person unknown to the registry (全市通办: residents of elsewhere) declares in person. */
  private static void requireNotMarried(String field, Party party) {
    party
        .registered()
        .filter(p -> p.maritalStatus() == MaritalStatus.MARRIED)
        .ifPresent(
            p -> {
              throw recordedMarried(field);
            });
  }
}
