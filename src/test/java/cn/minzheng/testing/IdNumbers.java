package cn.minzheng.testing;

import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** ID numbers for test persons: valid, and never the same twice in one test run. */
public final class IdNumbers {

  /** One counter for every test: each number gets a birth date of its own. */
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private IdNumbers() {}

  /** A valid 锦江区 number with sequence 101 (male) or 102 (female) and a fresh birth date. */
  public static String uniqueIdNumber(boolean male) {
    int n = COUNTER.incrementAndGet();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n);
    String body = "510104" + birth.toString().replace("-", "") + (male ? "101" : "102");
    return body + IdCardNo.checkChar(body);
  }
}
