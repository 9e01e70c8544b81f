package cn.minzheng.elderly.allowance;

import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the elder (inbox, and a text message where they have a portal account) that a check is due,
 * that payment is suspended, or that it was restored. Each notice once per person and month
 * (once-keys), so that the nightly job may run as often as it likes.
 */
@Component
class AllowanceNotices {

  static final String LINK = "/portal/elderly/verification";

  private final CitizenMessages messages;
  private final JdbcClient jdbc;
  private final AllowanceSettings settings;

  AllowanceNotices(CitizenMessages messages, JdbcClient jdbc, AllowanceSettings settings) {
    this.messages = messages;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** Recipients whose check falls due in {@code month} and who have not been checked since. */
  int dueIn(YearMonth month) {
    List<Long> due =
        jdbc.sql(
                """
                select r.person_id from elderly.allowance_recipient r
                  left join lateral (select max(verified_on) as last from elderly.existence_verification v
                                      where v.person_id = r.person_id) v on true
                 where date_trunc('month', greatest(r.first_month, v.last)
                                  + make_interval(months => ?))::date = ?""")
            .params(settings.verificationIntervalMonths(), month.atDay(1))
            .query(Long.class)
            .list();
    due.forEach(
        person ->
            messages.send(
                CitizenMessage.to(
                        person,
                        "高龄津贴生存认证提醒",
                        "您（或您的家人）的高龄津贴生存认证须在"
                            + label(month)
                            + "内完成，逾期将自次月起暂停发放。"
                            + "可在网上认证，或联系社区工作人员上门认证。")
                    .withLink(LINK)
                    .once("elderly:check-due:" + person + ":" + month)));
    return due.size();
  }

  /** Recipients suspended in {@code month} for a missed check. */
  int suspendedIn(YearMonth month) {
    List<Long> suspended =
        jdbc.sql(
                "select person_id from elderly.allowance_suspension where month = ?"
                    + " and repaid_at is null")
            .param(month.atDay(1))
            .query(Long.class)
            .list();
    suspended.forEach(
        person ->
            messages.send(
                CitizenMessage.to(
                        person,
                        "高龄津贴暂停发放通知",
                        "因未按期完成生存认证，您的高龄津贴自" + label(month) + "起暂停发放。完成认证后将恢复发放并补发暂停期间的津贴。")
                    .withLink(LINK)
                    .once("elderly:suspended:" + person + ":" + month)));
    return suspended.size();
  }

  void restored(long personId, List<ExistenceChecks.Arrears> arrears) {
    if (arrears.isEmpty()) {
      return;
    }
    messages.send(
        CitizenMessage.to(
                personId,
                "高龄津贴恢复发放",
                "生存认证已完成，高龄津贴恢复发放，暂停期间的 "
                    + arrears.size()
                    + " 个月津贴将于"
                    + label(arrears.get(arrears.size() - 1).paidIn())
                    + "补发。")
            .withLink(LINK)
            .once("elderly:restored:" + personId + ":" + arrears.get(0).month()));
  }

  private static String label(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }
}
