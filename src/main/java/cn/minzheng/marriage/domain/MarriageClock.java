package cn.minzheng.marriage.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Registration days are calendar days in China, whatever the JVM's zone. */
public final class MarriageClock {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private MarriageClock() {}

  public static LocalDate today() {
    return LocalDate.now(CHINA);
  }
}
