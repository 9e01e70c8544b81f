package cn.minzheng.marriage.domain.divorce;

import java.time.LocalDate;

/**
 * 协议离婚申请 (Civil Code art. 1077). The period starts the day after the application (the day of the
 * application does not count): days 1-30 are the cooling-off, during which either party may
 * withdraw; days 31-60 the window in which both attend to receive the certificate; from day 61 the
 * application is deemed withdrawn. The state is computed from the dates, so no job has to run.
 */
public record DivorceApplication(
    long id,
    long officeId,
    LocalDate appliedOn,
    long firstPersonId,
    long secondPersonId,
    LocalDate withdrawnOn,
    Long registrationId) {

  public static final int COOLING_OFF_DAYS = 30;
  public static final int ATTENDANCE_DAYS = 30;

  public enum State {
    COOLING_OFF("冷静期"),
    AWAITING_ATTENDANCE("待双方到场办理"),
    REGISTERED("已登记离婚"),
    WITHDRAWN("已撤回"),
    VOID("逾期未到场，视为撤回");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The last day either party may withdraw. */
  public LocalDate coolingOffEnds() {
    return appliedOn.plusDays(COOLING_OFF_DAYS);
  }

  /** The last day both may attend to receive the certificate. */
  public LocalDate attendanceEnds() {
    return coolingOffEnds().plusDays(ATTENDANCE_DAYS);
  }

  public State stateOn(LocalDate day) {
    if (registrationId != null) {
      return State.REGISTERED;
    }
    if (withdrawnOn != null) {
      return State.WITHDRAWN;
    }
    if (!day.isAfter(coolingOffEnds())) {
      return State.COOLING_OFF;
    }
    return day.isAfter(attendanceEnds()) ? State.VOID : State.AWAITING_ATTENDANCE;
  }
}
