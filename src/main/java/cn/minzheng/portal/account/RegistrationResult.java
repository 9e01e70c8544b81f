package cn.minzheng.portal.account;

import cn.minzheng.portal.CitizenAuthentication.Citizen;
import java.util.Map;

/** Either the new account or the field errors (field name -> Chinese message). */
public record RegistrationResult(Citizen citizen, Map<String, String> errors) {

  static RegistrationResult refused(Map<String, String> errors) {
    return new RegistrationResult(null, Map.copyOf(errors));
  }

  static RegistrationResult registered(Citizen citizen) {
    return new RegistrationResult(citizen, Map.of());
  }

  public boolean succeeded() {
    return citizen != null;
  }
}
