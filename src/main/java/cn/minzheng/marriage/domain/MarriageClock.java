package cn.minzheng.marriage.domain;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;

/** Registration days are calendar days in China, whatever the JVM's zone ({@link ChinaTime}). */
public final class MarriageClock {

  private MarriageClock() {}

  public static LocalDate today() {
    return ChinaTime.today();
  }
}
