package cn.minzheng.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * TEMPORARY stand-in written on the registry branch until the region helper's IdCardNo lands on
 * main (take theirs on merge). Resident ID number per GB 11643-1999.
 */
public final class IdCardNo {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String value;

  private IdCardNo(String value) {
    this.value = value;
  }

  public static IdCardNo parse(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidIdCardNoException("身份证号不能为空");
    }
    String s = input.strip().toUpperCase();
    if (s.matches("[0-9]{15}")) {
      String body = s.substring(0, 6) + "19" + s.substring(6);
      s = body + checkChar(body);
    }
    if (!s.matches("[0-9]{17}[0-9X]")) {
      throw new InvalidIdCardNoException("身份证号应为18位（最后一位可为X）或15位数字");
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(s.substring(6, 10)),
              Integer.parseInt(s.substring(10, 12)),
              Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new InvalidIdCardNoException("身份证号中的出生日期无效");
    }
    if (birth.isAfter(LocalDate.now())) {
      throw new InvalidIdCardNoException("身份证号中的出生日期晚于今天");
    }
    if (s.charAt(17) != checkChar(s.substring(0, 17))) {
      throw new InvalidIdCardNoException("身份证号校验位错误");
    }
    return new IdCardNo(s);
  }

  private static char checkChar(String body17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  public String addressCode() {
    return value.substring(0, 6);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdCardNo other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }
}
