package cn.minzheng.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;

/**
 * A second start of a job while the same one runs: refused, naming the running run so that the page
 * can show its progress instead (409, {@code code: job-running}, {@code runningRunId}).
 */
@NamedInterface("jobs")
public class JobAlreadyRunning extends ProblemException {

  private final long runningRunId;

  public JobAlreadyRunning(JobKind kind, long runningRunId) {
    super(
        HttpStatus.CONFLICT,
        "任务正在运行",
        "「" + kind.label() + "」已有一次正在运行（编号 " + runningRunId + "），请等它完成后再开始",
        null,
        "job-running");
    this.runningRunId = runningRunId;
  }

  public long runningRunId() {
    return runningRunId;
  }

  @Override
  protected Map<String, Object> properties() {
    return Map.of("runningRunId", runningRunId);
  }
}
