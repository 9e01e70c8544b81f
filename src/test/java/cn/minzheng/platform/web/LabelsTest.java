package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.CodeTable;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.TypeFilter;

/** The label dictionary (码表) and the one formatter of times and money. */
@SpringBootTest
class LabelsTest {

  private static final String CJK = ".*\\p{IsHan}.*";

  @Autowired Labels labels;
  @Autowired RegistryFixtures registry;

  @Test
  void holdsTheTablesThePagesAskFor() {
    assertThat(labels.kinds())
        .contains("programme", "assistance-type", "assistance-case-state", "register-category");
  }

  @Test
  void everyCodeOfEveryTableHasAChineseNameThatIsNotTheCode() {
    for (CodeTable table : labels.tables()) {
      assertThat(table.labels()).as(table.kind()).isNotEmpty();
      table
          .labels()
          .forEach(
              (code, label) ->
                  assertThat(label).as(table.kind() + "." + code).matches(CJK).isNotEqualTo(code));
    }
  }

  /** Every enum in the code base that answers label() names each of its constants in Chinese. */
  @Test
  void everyLabelledEnumNamesAllItsConstants() throws Exception {
    List<Class<?>> labelled = new ArrayList<>();
    for (Class<?> type : enumsUnder("cn.minzheng")) {
      if (hasLabelMethod(type)) {
        labelled.add(type);
        for (Object constant : type.getEnumConstants()) {
          String label = CodeTable.labelOf((Enum<?>) constant).orElse(null);
          assertThat(label)
              .as(type.getName() + "." + ((Enum<?>) constant).name())
              .isNotBlank()
              .isNotEqualTo(((Enum<?>) constant).name());
        }
      }
    }
    // The scan found the enums the pages show (it is not empty by a broken filter).
    assertThat(labelled)
        .extracting(Class::getSimpleName)
        .contains("Programme", "CaseState", "RegisterCategory", "Sex");
  }

  @Test
  void namesCodesStoredAsTextByTheirTable() {
    assertThat(labels.code("programme", "DIBAO")).isEqualTo("低保");
    assertThat(labels.code("programme", "TEKUN")).isEqualTo("特困供养");
    assertThat(labels.code("register-category", "RELAPSE_RISK")).isEqualTo("防返贫监测");
    assertThat(labels.code("assistance-case-state", "TOWNSHIP_APPROVED")).isEqualTo("待县级确认");
    // An unknown code stays visible instead of vanishing; a missing table is a programming error.
    assertThat(labels.code("programme", "NOT_A_PROGRAMME")).isEqualTo("NOT_A_PROGRAMME");
    assertThat(labels.code("programme", null)).isEqualTo("—");
    assertThatThrownBy(() -> labels.code("no-such-table", "X"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesEnumsByTheirLabel() {
    assertThat(labels.of(cn.minzheng.payments.Programme.GAOLING)).isEqualTo("高龄津贴");
    assertThat(labels.of(null)).isEqualTo("—");
    assertThat(labels.of(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
  }

  @Test
  void namesTheSystemsOwnActorsAndStaffByDisplayName() {
    assertThat(labels.actor("migration")).isEqualTo("系统迁移");
    assertThat(labels.actor("demo-generator")).isEqualTo("演示数据");
    assertThat(labels.actor("system")).isEqualTo("系统");
    assertThat(labels.actor(null)).isEqualTo("—");
    // No such account: the name as recorded, not hidden.
    assertThat(labels.actor("former.employee")).isEqualTo("former.employee");
  }

  @Test
  void namesRegionsThroughTheRegionModule() {
    assertThat(labels.region("510105000000")).isEqualTo("青羊区");
    assertThat(labels.region(null)).isEqualTo("—");
  }

  @Test
  void namesPersonsAndHouseholdsByTheRegistry() {
    Person head = registry.person("码表户主", RegistryTestData.COMMUNITY);
    long household = registry.household(RegistryTestData.COMMUNITY, head);
    assertThat(labels.person(head.id())).isEqualTo("码表户主");
    assertThat(labels.household(household)).isEqualTo("码表户主户");
    assertThat(labels.person(-1L)).isEqualTo("人员-1");
  }

  @Test
  void showsTimesInBeijingTimeAcrossMidnight() {
    // 00:40:44 UTC is 08:40 in Beijing (UTC+8, no daylight saving).
    assertThat(labels.time(Instant.parse("2026-12-07T00:40:44Z"))).isEqualTo("2026-12-07 08:40");
    // 16:00 UTC is already the next day in Beijing; 15:59 UTC is still the same day.
    assertThat(labels.time(Instant.parse("2026-12-07T16:00:00Z"))).isEqualTo("2026-12-08 00:00");
    assertThat(labels.time(Instant.parse("2026-12-07T15:59:00Z"))).isEqualTo("2026-12-07 23:59");
    assertThat(labels.time(OffsetDateTime.parse("2026-12-31T23:30:00Z")))
        .isEqualTo("2027-01-01 07:30");
    assertThat(labels.time(java.sql.Timestamp.from(Instant.parse("2026-06-30T18:00:00Z"))))
        .isEqualTo("2026-07-01 02:00");
    assertThat(labels.of(Instant.parse("2026-12-07T00:40:44Z"))).isEqualTo("2026-12-07 08:40");
  }

  @Test
  void writesMoneyWithThousandsSeparatorsAndInWan() {
    assertThat(labels.money(new BigDecimal("5265076.00"))).isEqualTo("5,265,076.00");
    assertThat(labels.money(new BigDecimal("999.995"))).isEqualTo("1,000.00");
    assertThat(labels.money(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
    assertThat(labels.money(0)).isEqualTo("0.00");
    assertThat(labels.money(null)).isEqualTo("—");
    // 5,265,076 yuan = 526.5076 万 → 526.51
    assertThat(labels.wan(new BigDecimal("5265076.00"))).isEqualTo("526.51");
    assertThat(labels.wan(new BigDecimal("123456789012.00"))).isEqualTo("12,345,678.90");
  }

  private static Set<Class<?>> enumsUnder(String basePackage) throws ClassNotFoundException {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(
              org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    TypeFilter isEnum =
        (reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName());
    scanner.addIncludeFilter(isEnum);
    Set<Class<?>> enums = new java.util.LinkedHashSet<>();
    for (var candidate : scanner.findCandidateComponents(basePackage)) {
      enums.add(Class.forName(candidate.getBeanClassName()));
    }
    return enums;
  }

  private static boolean hasLabelMethod(Class<?> type) {
    try {
      return type.getMethod("label").getReturnType() == String.class;
    } catch (NoSuchMethodException none) {
      return false;
    }
  }
}
