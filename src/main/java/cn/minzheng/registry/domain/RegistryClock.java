package cn.minzheng.registry.domain;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of civil-affairs records are Beijing-time calendar dates. */
final class RegistryClock {

  static final ZoneId ZONE = ChinaTime.ZONE;

  private RegistryClock() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
