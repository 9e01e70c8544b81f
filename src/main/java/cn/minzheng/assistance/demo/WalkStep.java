package cn.minzheng.assistance.demo;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.PublicityPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The demo's walk (README, "Walking the demo"): one case in the demo community 510104001001 at
 * every step of the procedure, so that each demo account finds the step it acts on in its 待办 on the
 * day the demo starts — the street office accepts, verifies and reviews, the community visits,
 * citizens see a running publicity, the street handles an objection, the county confirms a case
 * whose 7 days are over and a 临时救助 above the township's limit, the street reviews a case whose
 * periodic review falls due. Dates count back from that day (the 30-working-day limit is set from
 * each case's own application date by {@link DemoCases}).
 */
enum WalkStep {
  ACCEPT(CaseState.APPLIED, AssistanceType.DIBAO, 1),
  VERIFY(CaseState.ACCEPTED, AssistanceType.DIBAO, 4),
  VISIT(CaseState.VERIFIED, AssistanceType.DIBAO, 7),
  TOWNSHIP_REVIEW(CaseState.INVESTIGATED, AssistanceType.DIBAO, 10),
  /** Opened 2 days ago: on the public page, open to objections. */
  PUBLICITY_RUNNING(CaseState.PUBLICITY, AssistanceType.DIBAO, 14),
  /** Opened 5 days ago, objected to 2 days ago: the street handles the objection. */
  OBJECTION(CaseState.OBJECTED, AssistanceType.DIBAO, 17),
  /** Opened 9 days ago, so its 7th day was 3 days ago: the county may confirm. */
  PUBLICITY_ENDED(CaseState.PUBLICITY, AssistanceType.DIBAO, 21),
  /** Above the township's limit, below the county's: waits for the county. */
  COUNTY_LINSHI(CaseState.TOWNSHIP_APPROVED, AssistanceType.LINSHI, 8),
  /** Paid since the demo's first month; its review falls due next week. */
  PERIODIC_REVIEW(CaseState.CONFIRMED, AssistanceType.DIBAO, 0);

  static final String COMMUNITY = "510104001001";

  private final CaseState state;
  private final AssistanceType type;
  private final int appliedDaysAgo;

  WalkStep(CaseState state, AssistanceType type, int appliedDaysAgo) {
    this.state = state;
    this.type = type;
    this.appliedDaysAgo = appliedDaysAgo;
  }

  /**
   * The dates of this step's case relative to {@code today}; null where the step is not reached.
   */
  Plan plan(LocalDate today, YearMonth firstPaidMonth) {
    LocalDate applied =
        this == PERIODIC_REVIEW
            ? firstPaidMonth.atDay(1).minusMonths(1).plusDays(3)
            : today.minusDays(appliedDaysAgo);
    boolean verified = state != CaseState.APPLIED && state != CaseState.ACCEPTED;
    boolean visited = verified && state != CaseState.VERIFIED;
    boolean proposed = visited && state != CaseState.INVESTIGATED;
    PublicityPeriod publicity =
        switch (this) {
          case PUBLICITY_RUNNING -> PublicityPeriod.openedOn(today.minusDays(2));
          case OBJECTION -> PublicityPeriod.openedOn(today.minusDays(5));
          case PUBLICITY_ENDED -> PublicityPeriod.openedOn(today.minusDays(9));
          default -> null;
        };
    LocalDate proposedOn =
        publicity != null ? publicity.from() : proposed ? applied.plusDays(5) : null;
    LocalDate decidedOn =
        state == CaseState.CONFIRMED ? firstPaidMonth.atDay(1).minusDays(10) : null;
    return new Plan(
        this,
        applied,
        verified ? applied.plusDays(2) : null,
        visited ? (proposedOn == null ? applied.plusDays(4) : proposedOn.minusDays(1)) : null,
        proposedOn,
        publicity == null ? null : publicity.from(),
        publicity == null ? null : publicity.to(),
        this == OBJECTION ? today.minusDays(2) : null,
        decidedOn,
        decidedOn == null ? null : firstPaidMonth.atDay(1),
        this == PERIODIC_REVIEW ? today.plusDays(7) : null);
  }

  CaseState state() {
    return state;
  }

  AssistanceType type() {
    return type;
  }

  /** A step's case, dated. */
  record Plan(
      WalkStep step,
      LocalDate appliedOn,
      @Nullable LocalDate verifiedOn,
      @Nullable LocalDate visitedOn,
      @Nullable LocalDate proposedOn,
      @Nullable LocalDate publicityFrom,
      @Nullable LocalDate publicityTo,
      @Nullable LocalDate objectedOn,
      @Nullable LocalDate decidedOn,
      @Nullable LocalDate startMonth,
      @Nullable LocalDate nextReviewOn) {}
}
