package cn.minzheng.registry.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of civil-affairs records are Beijing-time calendar dates. */
final class RegistryClock {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RegistryClock() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
