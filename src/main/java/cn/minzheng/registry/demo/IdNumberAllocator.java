package cn.minzheng.registry.demo;

import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out unique 18-digit resident ID numbers (GB 11643-1999). Uniqueness without keeping the
 * population: one small counter per (address code, birth day, sex) — a few MB even for 21 million
 * persons. Sequence numbers 900-999 are never handed out: they are kept for the fixed anchor
 * persons, so that those can never collide with generated ones.
 */
final class IdNumberAllocator {

  /** Sequence slots per (address code, day, sex): 450 odd + 450 even = sequences 000-899. */
  static final int SLOTS = 450;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

  private final Map<String, short[]> counters = new HashMap<>();
  private final int days;

  IdNumberAllocator(LocalDate lastDay) {
    this.days = (int) (lastDay.toEpochDay() - FIRST_DAY + 400);
  }

  /** An allocated number and the birth day it carries (moved on only if a day is full). */
  record Allocation(String idNumber, LocalDate birthDate) {}

  Allocation allocate(String addressCode, LocalDate birthDate, Sex sex) {
    short[] used = counters.computeIfAbsent(addressCode, code -> new short[days * 2]);
    LocalDate day = birthDate;
    while (true) {
      int index = (int) (day.toEpochDay() - FIRST_DAY) * 2 + (sex == Sex.MALE ? 1 : 0);
      int count = used[index];
      if (count < SLOTS) {
        used[index]++;
        int base =
            (int) Math.floorMod(HouseholdGenerator.mix(addressCode.hashCode(), index), SLOTS);
        int slot = (base + count) % SLOTS;
        int sequence = slot * 2 + (sex == Sex.MALE ? 1 : 0);
        return new Allocation(compose(addressCode, day, sequence), day);
      }
      day = day.minusDays(1);
    }
  }

  /** Address code + birth date + sequence, with the ISO 7064 MOD 11-2 check character. */
  static String compose(String addressCode, LocalDate birthDate, int sequence) {
    StringBuilder body = new StringBuilder(18).append(addressCode);
    appendPadded(body, birthDate.getYear(), 4);
    appendPadded(body, birthDate.getMonthValue(), 2);
    appendPadded(body, birthDate.getDayOfMonth(), 2);
    appendPadded(body, sequence, 3);
    return body.append(checkCharacter(body)).toString();
  }

  static void appendPadded(StringBuilder target, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      target.append('0');
    }
    target.append(digits);
  }

  static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
