package cn.minzheng.registry;

import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonService;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/** Unique, valid test persons and staff identities shared by the registry tests. */
public final class RegistryTestData {

  public static final String CITY = "510100000000";
  public static final String DISTRICT = "510104000000";
  public static final String STREET = "510104001000";
  public static final String COMMUNITY = "510104001001";
  public static final String SIBLING_STREET_COMMUNITY = "510104002001";
  public static final String SIBLING_DISTRICT_COMMUNITY = "510105001001";

  private RegistryTestData() {}

  public static StaffUser staff(String regionCode, Role role) {
    return new StaffUser(
        Math.abs(regionCode.hashCode()),
        "u" + role.name().toLowerCase(),
        "测试员",
        regionCode,
        Set.of(role));
  }

  public static StaffAuthentication auth(String regionCode, Role role) {
    return StaffAuthentication.of(staff(regionCode, role));
  }

  /** Runs {@code work} as the given staff member, restoring the previous security context. */
  public static <T> T as(StaffAuthentication who, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext().setAuthentication(who);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  static PersonForm form(String idNumber, String name, String residence) {
    PersonForm f = new PersonForm();
    f.setIdNumber(idNumber);
    f.setName(name);
    f.setResidenceRegionCode(residence);
    f.setAddress("测试路1号");
    f.setPhone("13800001234");
    f.setEthnicityCode("01");
    f.setLegalBasis("STATUTORY_DUTY");
    return f;
  }

  /** Creates a person living in {@code residence}, as the city administrator. */
  static long person(PersonService service, String name, String residence) {
    return as(
        auth(CITY, Role.CITY_ADMIN),
        () -> service.create(form(uniqueIdNumber(true), name, residence)));
  }
}
