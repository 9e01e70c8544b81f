package cn.minzheng.organisations;

import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Organisations for tests: fresh valid credit codes, a legal representative from the registry. */
@Component
public class OrganisationTestData {

  private static final AtomicInteger SERIAL =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 90_000_000));

  private final Organisations organisations;
  private final RegistryFixtures registry;

  OrganisationTestData(Organisations organisations, RegistryFixtures registry) {
    this.organisations = organisations;
    this.registry = registry;
  }

  /** A fresh, valid civil-affairs code of {@code kind} registered in 510104 (锦江区). */
  public static String code(OrganisationKind kind) {
    String first8 = String.format("%08d", SERIAL.incrementAndGet());
    String first17 =
        "5" + kind.typeDigit() + "510104" + first8 + CreditCode.organisationCodeCheckChar(first8);
    return first17 + CreditCode.checkChar(first17);
  }

  public Facts facts(String name, String region) {
    var person = registry.person("法人" + name.length(), region);
    return new Facts(
        name,
        "锦江区测试路" + SERIAL.get() + "号",
        region,
        person.id(),
        person.name(),
        "锦江区民政局",
        "公益服务",
        new BigDecimal("30000.00"));
  }

  /** A social group registered by the district on {@code registeredOn}. */
  public long socialGroup(String name, String region, LocalDate registeredOn) {
    return organisations.register(
        OrganisationKind.SOCIAL_GROUP,
        code(OrganisationKind.SOCIAL_GROUP),
        facts(name, region),
        RegistrationLevel.DISTRICT,
        registeredOn,
        "test");
  }

  /** A registered organisation: its id and credit code. */
  public record Registered(long id, String creditCode) {}

  /** A social service agency (社会服务机构) registered by the district in {@code region}. */
  public Registered socialServiceAgency(String name, String region) {
    String code = code(OrganisationKind.SOCIAL_SERVICE_AGENCY);
    long id =
        organisations.register(
            OrganisationKind.SOCIAL_SERVICE_AGENCY,
            code,
            facts(name, region),
            RegistrationLevel.DISTRICT,
            LocalDate.of(2020, 1, 6),
            "test");
    return new Registered(id, code);
  }
}
