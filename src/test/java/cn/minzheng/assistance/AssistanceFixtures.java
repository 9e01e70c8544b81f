package cn.minzheng.assistance;

import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.CaseWorkflow.ManualVerification;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.IdCardNo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Households, staff and cases for the assistance tests; every value unique per call. */
public class AssistanceFixtures {

  public static final String CITY = "510100000000";
  public static final String DISTRICT = "510104000000";
  public static final String STREET = "510104001000";
  public static final String COMMUNITY = "510104001001";
  public static final String SIBLING_STREET = "510104002000";

  private static final AtomicInteger SEQUENCE = new AtomicInteger(300);
  private static final AtomicInteger STAFF = new AtomicInteger(800_000);

  private final RegistryFixtures registry;
  private final CaseApplications applications;
  private final CaseWorkflow workflow;
  private final TownshipReview review;

  public AssistanceFixtures(
      RegistryFixtures registry,
      CaseApplications applications,
      CaseWorkflow workflow,
      TownshipReview review) {
    this.registry = registry;
    this.applications = applications;
    this.workflow = workflow;
    this.review = review;
  }

  public static StaffUser staff(String region, Role... roles) {
    int id = STAFF.incrementAndGet();
    return new StaffUser(id, "as" + id, "经办" + id, region, Set.of(roles));
  }

  public static StaffUser caseworker() {
    return staff(STREET, Role.STREET_CASEWORKER);
  }

  public static StaffUser approver() {
    return staff(DISTRICT, Role.DISTRICT_APPROVER);
  }

  public static <T> T as(StaffUser user, Supplier<T> work) {
    return RegistryTestData.as(StaffAuthentication.of(user), work);
  }

  public static void run(StaffUser user, Runnable work) {
    as(
        user,
        () -> {
          work.run();
          return null;
        });
  }

  /** A valid ID number with the given birth date, never issued twice in a test run. */
  public static String idNumber(LocalDate birth) {
    int seq = SEQUENCE.incrementAndGet() % 1000;
    String body = "510104" + birth.toString().replace("-", "") + "%03d".formatted(seq);
    return body + IdCardNo.checkChar(body);
  }

  /** A household in {@code community}; the first birth date is the applicant's (head). */
  public Household household(String community, LocalDate... births) {
    List<Long> ids = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (LocalDate birth : births) {
      String number = idNumber(birth);
      ids.add(registry.person(number, "救助成员" + SEQUENCE.get(), community).id());
      numbers.add(number);
    }
    LocalDate since = LocalDate.of(2020, 1, 1);
    long household = registry.household(community, "救助路1号", ids.get(0), since);
    for (int i = 1; i < ids.size(); i++) {
      registry.addMember(household, ids.get(i), Relationship.SON, since);
    }
    return new Household(household, numbers.get(0), ids);
  }

  public Household household(int members) {
    LocalDate[] births = new LocalDate[members];
    for (int i = 0; i < members; i++) {
      births[i] = LocalDate.of(1985 + i, 3, 1 + i);
    }
    return household(COMMUNITY, births);
  }

  public NewApplication dibao(Household h, Category category) {
    return new NewApplication(
        AssistanceType.DIBAO,
        category,
        h.applicantIdNumber(),
        Map.of(),
        Map.of(),
        Set.of(),
        "SQ-" + h.id(),
        LocalDate.of(2026, 2, 1),
        null,
        null,
        null,
        null,
        List.of());
  }

  public NewApplication tekun(Household h, CareLevel care) {
    return new NewApplication(
        AssistanceType.TEKUN,
        Category.BOTTOM,
        h.applicantIdNumber(),
        Map.of(),
        Map.of(),
        Set.of(),
        "SQ-" + h.id(),
        LocalDate.of(2026, 2, 1),
        care,
        true,
        null,
        null,
        List.of());
  }

  public NewApplication linshi(Household h, String amount) {
    return new NewApplication(
        AssistanceType.LINSHI,
        null,
        h.applicantIdNumber(),
        new HashMap<>(),
        Map.of(),
        Set.of(),
        "SQ-" + h.id(),
        LocalDate.of(2026, 2, 1),
        null,
        null,
        LinshiKind.EMERGENCY,
        new BigDecimal(amount),
        List.of());
  }

  public long file(NewApplication a, StaffUser by, LocalDate day) {
    return as(by, () -> applications.file(a, by, day));
  }

  /** Files, accepts, verifies (manual income) and records the two-staff visit. */
  public long investigated(
      NewApplication a, String householdIncome, StaffUser caseworker, LocalDate day) {
    long id = file(a, caseworker, day);
    run(caseworker, () -> workflow.accept(id, caseworker));
    run(
        caseworker,
        () ->
            workflow.verify(
                id,
                new ManualVerification(new BigDecimal(householdIncome), true, "HD-" + id, "符合"),
                caseworker,
                day));
    // the second investigator works where the first does (the case is in their scope)
    StaffUser second = staff(caseworker.regionCode(), Role.STREET_CASEWORKER);
    run(caseworker, () -> workflow.recordVisit(id, caseworker, "家中简陋", day));
    run(second, () -> workflow.countersignVisit(id, second));
    return id;
  }

  /** ... and the township review opening the publicity on {@code day}. */
  public long inPublicity(
      NewApplication a, String householdIncome, StaffUser caseworker, LocalDate day) {
    long id = investigated(a, householdIncome, caseworker, day);
    run(caseworker, () -> review.review(id, caseworker, day));
    return id;
  }

  public record Household(long id, String applicantIdNumber, List<Long> personIds) {}
}
