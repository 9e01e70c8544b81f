package cn.minzheng.disability.subsidy;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
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
 * A month of both subsidies as one recorded run of long work (the run history, platform {@code
 * JobRuns}), whether the nightly job or the city administrator's page starts it; one step per
 * subsidy, one run of a month at a time.
 */
@Component
public class SubsidyMonthRuns {

  public static final JobKind KIND =
      new JobKind(
          "disability.subsidy-month",
          "残疾人两项补贴月度核算",
          EnumSet.of(Role.CITY_ADMIN),
          "/disability/amounts");

  private final MonthlySubsidyRun run;
  private final JobRuns runs;

  SubsidyMonthRuns(MonthlySubsidyRun run, JobRuns runs) {
    this.run = run;
    this.runs = runs;
  }

  @Bean
  static JobKind disabilitySubsidyMonthKind() {
    return KIND;
  }

  /** One subsidy's month: what was replaced, or null when its roster is approved (not rerun). */
  public record Done(Subsidy subsidy, @Nullable MonthReplaced replaced) {

    /**
     * As the page and the run history say it: the subsidy with its people and amount, or that its
     * roster is approved.
     */
    public String text() {
      return replaced == null
          ? subsidy.label() + " 名册已审核，未重算；"
          : subsidy.label() + " " + replaced.people() + " 人，" + replaced.total() + " 元；";
    }
  }

  public List<Done> run(YearMonth month) {
    List<Done> done = new ArrayList<>();
    Subsidy[] subsidies = Subsidy.values();
    runs.runNow(
        KIND,
        month.toString(),
        progress -> {
          StringBuilder text = new StringBuilder(month + "：");
          long people = 0;
          progress.steps(0, subsidies.length);
          for (Subsidy subsidy : subsidies) {
            try {
              MonthReplaced r = run.run(subsidy, month);
              done.add(new Done(subsidy, r));
              people += r.people();
            } catch (MonthLockedException locked) {
              done.add(new Done(subsidy, null));
            }
            text.append(done.get(done.size() - 1).text());
            progress.steps(done.size(), subsidies.length);
            progress.counts(people, people, 0);
          }
          return JobOutcome.of(people, people, 0, text.toString());
        });
    return done;
  }
}
