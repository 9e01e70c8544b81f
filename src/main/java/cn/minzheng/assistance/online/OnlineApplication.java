package cn.minzheng.assistance.online;

import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.online.OnlineDrafts.Draft;
import cn.minzheng.registry.HouseholdSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one submit of an online application: every step checked again (a step may have been skipped
 * by typing an address), then the case, its members, its history and its attachments written and
 * the draft removed in one transaction, so that nothing is half-written.
 */
@Service
public class OnlineApplication {

  private final OnlineDrafts drafts;
  private final CaseApplications applications;

  OnlineApplication(OnlineDrafts drafts, CaseApplications applications) {
    this.drafts = drafts;
    this.applications = applications;
  }

  /** Either the filed case's id, or the field errors (nothing written). */
  public record Outcome(long caseId, Map<String, String> errors) {

    public boolean filed() {
      return errors.isEmpty();
    }
  }

  /** All the errors of the draft, step by step, as the review page shows them. */
  public static Map<String, String> errors(
      Draft draft, HouseholdSummary household, boolean consent) {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.putAll(OnlineAnswers.householdErrors(draft.type(), draft.answers()));
    errors.putAll(OnlineAnswers.incomeErrors(household, draft.answers()));
    if (!consent) {
      errors.put("consent", "核对授权：请阅读并同意授权民政部门核对家庭经济状况");
    }
    return errors;
  }

  /**
   * Files the draft for the citizen's household.
   *
   * @throws cn.minzheng.assistance.cases.CaseRuleViolation when the case rules refuse it (e.g. a
   *     case of the programme already open); nothing is written
   */
  @Transactional
  public Outcome submit(
      Draft draft, HouseholdSummary household, long accountId, boolean consent, LocalDate today) {
    Map<String, String> errors = errors(draft, household, consent);
    if (!errors.isEmpty()) {
      return new Outcome(0, errors);
    }
    long caseId =
        applications.fileByCitizen(
            draft.personId(),
            accountId,
            OnlineAnswers.application(draft.type(), household, draft.answers(), accountId, today),
            today,
            OnlineAnswers.statement(draft.type(), draft.answers()));
    drafts.fileAway(draft.id(), caseId, "citizen:" + accountId);
    return new Outcome(caseId, Map.of());
  }
}
