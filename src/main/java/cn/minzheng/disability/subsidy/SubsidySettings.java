package cn.minzheng.disability.subsidy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The city whose residents receive the subsidies (configuration). */
@Component
public class SubsidySettings {

  private final String cityCode;

  SubsidySettings(@Value("${minzheng.disability.city-code:510100000000}") String cityCode) {
    this.cityCode = cityCode;
  }

  /** LIKE pattern of the city's region codes. */
  String cityPattern() {
    return cityCode.substring(0, 4) + "%";
  }
}
