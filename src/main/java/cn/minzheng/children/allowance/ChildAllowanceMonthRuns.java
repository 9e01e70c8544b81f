package cn.minzheng.children.allowance;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.Role;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * A month of both children's allowances as one recorded run of long work (the run history, platform
 * {@code JobRuns}), whether the nightly job or the city administrator's page starts it; one step
 * per programme, one run of a month at a time.
 */
@Component
public class ChildAllowanceMonthRuns {

  public static final JobKind KIND =
      new JobKind(
          "children.allowance-month",
          "儿童基本生活费月度核算",
          EnumSet.of(Role.CITY_ADMIN),
          "/children/standards");

  private static final List<Programme> PROGRAMMES =
      List.of(Programme.ORPHAN, Programme.UNSUPPORTED_CHILD);

  private final ChildAllowanceRun run;
  private final JobRuns runs;

  ChildAllowanceMonthRuns(ChildAllowanceRun run, JobRuns runs) {
    this.run = run;
    this.runs = runs;
  }

  @Bean
  static JobKind childrenAllowanceMonthKind() {
    return KIND;
  }

  /** One programme's month: what was replaced, or null when its roster is approved (not rerun). */
  public record Done(Programme programme, @Nullable MonthReplaced replaced) {

    public String text() {
      return replaced == null
          ? programme.label() + " 名册已审核，未重算；"
          : programme.label() + " " + replaced.people() + " 人，" + replaced.total() + " 元；";
    }
  }

  public List<Done> run(YearMonth month) {
    List<Done> done = new ArrayList<>();
    runs.runNow(
        KIND,
        month.toString(),
        progress -> {
          StringBuilder text = new StringBuilder(month + "：");
          long people = 0;
          progress.steps(0, PROGRAMMES.size());
          for (Programme programme : PROGRAMMES) {
            try {
              MonthReplaced r = run.run(programme, month);
              done.add(new Done(programme, r));
              people += r.people();
            } catch (MonthLockedException locked) {
              done.add(new Done(programme, null));
            }
            text.append(done.get(done.size() - 1).text());
            progress.steps(done.size(), PROGRAMMES.size());
            progress.counts(people, people, 0);
          }
          return JobOutcome.of(people, people, 0, text.toString());
        });
    return done;
  }
}
