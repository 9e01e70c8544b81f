package cn.minzheng.children;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.NewAllowanceCase;
import cn.minzheng.children.allowance.Parent;
import cn.minzheng.children.allowance.ParentSituation;
import cn.minzheng.children.allowance.SituationRecord;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Children with chosen birth dates and cases taken through the workflow, for the children tests.
 */
@Component
public class ChildrenTestData {

  /** Area code 510106 of our own (other tests use 510104), so the numbers never meet theirs. */
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private final RegistryFixtures registry;
  private final AllowanceCases cases;

  ChildrenTestData(RegistryFixtures registry, AllowanceCases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  public static String idNumberBornOn(LocalDate birth) {
    int seq = SEQUENCE.incrementAndGet() % 1000;
    String body =
        "510106"
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format(Locale.ROOT, "%03d", seq);
    return body + IdCardNo.checkChar(body);
  }

  public static List<SituationRecord> orphan() {
    return List.of(
        new SituationRecord(Parent.FATHER, ParentSituation.DECEASED, LocalDate.of(2019, 5, 1)),
        new SituationRecord(Parent.MOTHER, ParentSituation.DECEASED, LocalDate.of(2020, 3, 1)));
  }

  public static List<SituationRecord> unsupported() {
    return List.of(
        new SituationRecord(Parent.FATHER, ParentSituation.DECEASED, LocalDate.of(2019, 5, 1)),
        new SituationRecord(Parent.MOTHER, ParentSituation.IMPRISONED, LocalDate.of(2019, 1, 1)));
  }

  /** A child born on {@code birth} living in {@code community}. */
  public RegistryFixtures.Person child(LocalDate birth, String community) {
    return registry.person(idNumberBornOn(birth), "测试儿童", community);
  }

  public NewAllowanceCase form(
      String childIdNumber, String category, CareType care, List<SituationRecord> situations) {
    return new NewAllowanceCase(
        childIdNumber, category, care, situations, "李监护", "祖母", null, null, true, "测试", null, null);
  }

  /** A case filed, proposed and approved on {@code approvedOn} (pays from the month after). */
  public long approved(
      LocalDate birth, String category, CareType care, LocalDate approvedOn, String community) {
    return approved(child(birth, community), category, care, approvedOn);
  }

  /** A case of {@code child} filed, proposed and approved on {@code approvedOn}. */
  public long approved(
      RegistryFixtures.Person child, String category, CareType care, LocalDate approvedOn) {
    List<SituationRecord> situations = "ORPHAN".equals(category) ? orphan() : unsupported();
    long id =
        cases.file(
            form(child.idNumber(), category, care, situations),
            "STAFF",
            "community_test",
            approvedOn.minusDays(20));
    cases.propose(id, true, "情况属实", "street_test");
    cases.decide(id, true, "同意", "district_test", approvedOn);
    return id;
  }

  public static final String COMMUNITY = RegistryTestData.COMMUNITY;
}
