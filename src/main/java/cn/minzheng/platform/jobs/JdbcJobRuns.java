package cn.minzheng.platform.jobs;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.database.RowScope;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link JobRuns} over {@code platform.job_run}: the record is written in transactions of its own
 * (never the work's), the background work runs on the application's task executor with the
 * starter's identity and row scope bound to the worker thread for its length.
 */
@Component
class JdbcJobRuns implements JobRuns {

  /** The row errors kept per run; the count of all is the run's refused rows. */
  static final int KEPT_ERRORS = 1000;

  private static final Logger log = LoggerFactory.getLogger(JdbcJobRuns.class);

  private final JobRunStore store;
  private final CurrentUser currentUser;
  private final DataScope scope;
  private final Executor executor;
  private final TransactionTemplate own;
  private final Duration abandonedAfter;
  private final long progressIntervalMillis;

  JdbcJobRuns(
      JobRunStore store,
      CurrentUser currentUser,
      DataScope scope,
      @Qualifier("applicationTaskExecutor") Executor executor,
      PlatformTransactionManager transactions,
      @Value("${minzheng.jobs.abandoned-after:PT30M}") Duration abandonedAfter,
      @Value("${minzheng.jobs.progress-interval:PT0.5S}") Duration progressInterval) {
    this.store = store;
    this.currentUser = currentUser;
    this.scope = scope;
    this.executor = executor;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.abandonedAfter = abandonedAfter;
    this.progressIntervalMillis = progressInterval.toMillis();
  }

  @Override
  public JobRun submit(JobKind kind, String key, Work work) {
    Starter starter = starter();
    long id = open(kind, key, starter);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    try {
      executor.execute(
          () -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            RowScope.bind(starter.filter());
            try {
              execute(id, work);
            } catch (RuntimeException recorded) {
              // recorded as failed by execute; nobody waits for this thread
            } finally {
              RowScope.clear();
              SecurityContextHolder.clearContext();
            }
          });
    } catch (RejectedExecutionException e) {
      own.executeWithoutResult(s -> store.fail(id, "系统繁忙，任务未能开始，请稍后再试", 0, 0, 0));
      throw new ProblemException(
          org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "系统繁忙", "系统繁忙，任务未能开始，请稍后再试");
    }
    return store.find(id).orElseThrow();
  }

  @Override
  public JobRun runNow(JobKind kind, String key, Work work) {
    long id = open(kind, key, starter());
    execute(id, work);
    return store.find(id).orElseThrow();
  }

  @Override
  public Optional<JobRun> find(long id) {
    Optional<StaffUser> user = currentUser.staff();
    if (user.isEmpty()) {
      return Optional.empty();
    }
    RegionFilter filter = scope.current();
    return store
        .find(id)
        .filter(run -> run.kind().visibleTo(user.get()))
        .filter(
            run ->
                filter.unrestricted()
                    || (run.regionCode() != null && filter.permits(run.regionCode())));
  }

  private long open(JobKind kind, String key, Starter starter) {
    try {
      Long id =
          own.execute(
              s -> {
                store.abandonStale(kind.code(), key, abandonedAfter);
                return store.insert(kind.code(), key, starter.username(), starter.regionCode());
              });
      return id;
    } catch (DuplicateKeyException running) {
      throw new JobAlreadyRunning(kind, store.running(kind.code(), key).orElse(0L));
    }
  }

  /** Does the work and records how it ended; a failure is recorded, then thrown on. */
  private void execute(long id, Work work) {
    RunProgress progress =
        new RunProgress(
            p -> own.executeWithoutResult(s -> store.progress(id, p)),
            progressIntervalMillis,
            KEPT_ERRORS);
    JobOutcome outcome;
    try {
      outcome = work.run(progress);
    } catch (Exception | Error e) {
      String failure = failureText(e);
      own.executeWithoutResult(
          s -> {
            store.fail(id, failure, progress.read(), progress.accepted(), progress.refused());
            store.errors(id, progress.errors());
          });
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e);
    }
    own.executeWithoutResult(
        s -> {
          store.finish(id, outcome);
          store.errors(id, progress.errors());
        });
  }

  /**
   * The reason staff read: a rule's own Chinese message as it is; anything else unexplained, with
   * its details in the server log only.
   */
  private static String failureText(Throwable e) {
    if (e instanceof ProblemException || e instanceof IllegalArgumentException) {
      return e.getMessage() == null ? "运行失败" : e.getMessage();
    }
    log.error("job failed", e);
    return "运行失败：系统错误（" + e.getClass().getSimpleName() + "），详情见服务器日志";
  }

  private Starter starter() {
    Optional<StaffUser> staff = currentUser.staff();
    if (staff.isPresent()) {
      return new Starter(staff.get().username(), staff.get().regionCode(), scope.current());
    }
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    boolean caller =
        a != null && !(a instanceof AnonymousAuthenticationToken) && a.getName() != null;
    return new Starter(caller ? a.getName() : "system", null, RegionFilter.all());
  }

  private record Starter(String username, @Nullable String regionCode, RegionFilter filter) {}
}
