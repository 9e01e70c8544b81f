package cn.minzheng.registry.demo;

import static cn.minzheng.shared.Sex.FEMALE;
import static cn.minzheng.shared.Sex.MALE;

import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Eight fixed persons with known ID numbers, for tests and the demo (listed in docs/demo-data.md).
 * Their sequence numbers are 9xx, which the generator never hands out.
 */
public final class DemoAnchors {

  public static final int PERSONS = 8;

  /** 张伟明, 锦江区 community 510104001001: the person of the citizen demo account. */
  public static final String CITIZEN_ID =
      IdNumberAllocator.compose("510104", LocalDate.of(1985, 3, 12), 901);

  /** 李秀英, his wife, same household. */
  public static final String SPOUSE_ID =
      IdNumberAllocator.compose("510104", LocalDate.of(1987, 7, 21), 902);

  /** 王建国, community 510104002001, ID with the retired code 510122 (双流县), widowed. */
  public static final String RETIRED_CODE_ID =
      IdNumberAllocator.compose("510122", LocalDate.of(1950, 10, 1), 903);

  /** 陈淑华, his late wife, born on 29 February, deceased 2025-11-03. */
  public static final String DECEASED_ID =
      IdNumberAllocator.compose("510104", LocalDate.of(1952, 2, 29), 904);

  /** 刘芳, 青羊区 community 510105001001. */
  public static final String QINGYANG_ID =
      IdNumberAllocator.compose("510105", LocalDate.of(1990, 5, 18), 906);

  /** 𠮷星辰, a name with a character outside the BMP, community 510104001002. */
  public static final String RARE_NAME_ID =
      IdNumberAllocator.compose("510104", LocalDate.of(2001, 9, 9), 905);

  /** 阿依古丽·买买提, Uyghur, migrant with a Xinjiang code, community 510105001001. */
  public static final String UYGHUR_ID =
      IdNumberAllocator.compose("650102", LocalDate.of(1995, 4, 14), 908);

  /** 扎西·次仁, Tibetan from 康定, community 510104001001, visual disability grade 1. */
  public static final String TIBETAN_ID =
      IdNumberAllocator.compose("513301", LocalDate.of(1978, 12, 5), 907);

  private DemoAnchors() {}

  static List<DemoHousehold> households() {
    List<DemoHousehold> households = new ArrayList<>();
    Builder b = new Builder(households);
    b.household("510104001001", "红星路二段88号3栋2单元1201室")
        .person(
            CITIZEN_ID,
            "张伟明",
            MALE,
            Ethnicity.HAN,
            "13900000001",
            Relationship.HEAD,
            MaritalStatus.MARRIED,
            null,
            null)
        .person(
            SPOUSE_ID,
            "李秀英",
            FEMALE,
            Ethnicity.HAN,
            "13900000002",
            Relationship.SPOUSE,
            MaritalStatus.MARRIED,
            null,
            null);
    b.household("510104002001", "东大街下东大街段100号5栋1单元502室")
        .person(
            RETIRED_CODE_ID,
            "王建国",
            MALE,
            Ethnicity.HAN,
            "13900000003",
            Relationship.HEAD,
            MaritalStatus.WIDOWED,
            new DemoPerson.Disability(DisabilityCategory.PHYSICAL, 2, LocalDate.of(2018, 4, 20)),
            null)
        .person(
            DECEASED_ID,
            "陈淑华",
            FEMALE,
            Ethnicity.HAN,
            null,
            Relationship.SPOUSE,
            MaritalStatus.MARRIED,
            null,
            LocalDate.of(2025, 11, 3));
    b.household("510105001001", "青年路16号2栋1单元301室")
        .person(
            QINGYANG_ID,
            "刘芳",
            FEMALE,
            Ethnicity.HAN,
            "13900000004",
            Relationship.HEAD,
            MaritalStatus.UNMARRIED,
            null,
            null);
    b.household("510104001002", "玉林路36号1栋3单元602室")
        .person(
            RARE_NAME_ID,
            "𠮷星辰",
            MALE,
            Ethnicity.HAN,
            "13900000005",
            Relationship.HEAD,
            MaritalStatus.UNMARRIED,
            null,
            null);
    b.household("510105001001", "金沙路8号6栋2单元203室")
        .person(
            UYGHUR_ID,
            "阿依古丽·买买提",
            FEMALE,
            Ethnicity.UYGHUR,
            "13900000006",
            Relationship.HEAD,
            MaritalStatus.UNMARRIED,
            null,
            null);
    b.household("510104001001", "望江路21号4栋1单元902室")
        .person(
            TIBETAN_ID,
            "扎西·次仁",
            MALE,
            Ethnicity.TIBETAN,
            "13900000007",
            Relationship.HEAD,
            MaritalStatus.DIVORCED,
            new DemoPerson.Disability(DisabilityCategory.VISUAL, 1, LocalDate.of(2012, 8, 15)),
            null);
    b.finish();
    return List.copyOf(households);
  }

  /** Collects anchor households in order, numbering persons and households from 1. */
  private static final class Builder {
    private final List<DemoHousehold> households;
    private String region;
    private String address;
    private List<DemoPerson> members;
    private long personNo;

    Builder(List<DemoHousehold> households) {
      this.households = households;
    }

    Builder household(String regionCode, String householdAddress) {
      finish();
      region = regionCode;
      address = householdAddress;
      members = new ArrayList<>();
      return this;
    }

    Builder person(
        String id,
        String name,
        Sex sex,
        Ethnicity ethnicity,
        String phone,
        Relationship relationship,
        MaritalStatus status,
        DemoPerson.Disability disability,
        LocalDate death) {
      LocalDate birth =
          LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      members.add(
          new DemoPerson(
              ++personNo,
              households.size() + 1,
              id,
              name,
              sex,
              birth,
              ethnicity,
              phone,
              region,
              relationship,
              status,
              disability,
              death));
      return this;
    }

    void finish() {
      if (members != null && !members.isEmpty()) {
        households.add(
            new DemoHousehold(households.size() + 1, region, address, List.copyOf(members)));
      }
      members = null;
    }
  }
}
