package cn.minzheng.elderly.allowance;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.Role;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The allowance month as a recorded run of long work (the run history, platform {@code JobRuns}),
 * whether the nightly job or the city administrator's page starts it; one run of a month at a time.
 */
@Component
public class AllowanceMonthRuns {

  public static final JobKind KIND =
      new JobKind(
          "elderly.allowance-month",
          "高龄津贴月度核算",
          EnumSet.of(Role.CITY_ADMIN),
          "/elderly/allowance/config");

  private final MonthlyAllowanceRun run;
  private final JobRuns runs;

  AllowanceMonthRuns(MonthlyAllowanceRun run, JobRuns runs) {
    this.run = run;
    this.runs = runs;
  }

  @Bean
  static JobKind elderlyAllowanceMonthKind() {
    return KIND;
  }

  /**
   * Computes the month and records the run; a month whose roster is approved is recorded as
   * finished without a change and answered with {@link MonthLockedException}, as the run answers.
   */
  public MonthReplaced run(YearMonth month) {
    AtomicReference<MonthReplaced> replaced = new AtomicReference<>();
    AtomicReference<MonthLockedException> locked = new AtomicReference<>();
    runs.runNow(
        KIND,
        month.toString(),
        progress -> {
          try {
            MonthReplaced r = run.run(month);
            replaced.set(r);
            return JobOutcome.of(
                r.people(),
                r.people(),
                0,
                month + " 高龄津贴：" + r.people() + " 人，" + r.total() + " 元");
          } catch (MonthLockedException e) {
            locked.set(e);
            return JobOutcome.of(0, 0, 0, month + " 的发放名册已审核，未重新核算");
          }
        });
    if (locked.get() != null) {
      throw locked.get();
    }
    return replaced.get();
  }
}
