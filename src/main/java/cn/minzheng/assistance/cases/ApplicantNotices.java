package cn.minzheng.assistance.cases;

import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.portal.ServiceCompleted;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant of a decision through the portal's inbox (and a text where they have an
 * account with a phone), in the deciding transaction: a rolled-back decision tells nobody. Once per
 * case and decision.
 */
@Component
class ApplicantNotices {

  private final CitizenMessages messages;
  private final ApplicationEventPublisher events;
  private final RegionHierarchy regions;

  ApplicantNotices(
      CitizenMessages messages, ApplicationEventPublisher events, RegionHierarchy regions) {
    this.messages = messages;
    this.events = events;
    this.regions = regions;
  }

  void granted(AssistanceCase c, YearMonth from, LocalDate today) {
    completed(c, today);
    messages.send(
        CitizenMessage.to(
                c.applicantPersonId(),
                c.type().label() + "申请已批准",
                "您的"
                    + c.type().label()
                    + "申请（"
                    + c.caseNo()
                    + "）已经审核确认，自 "
                    + from
                    + " 起按月发放，具体金额以发放名册为准。")
            .withLink("/portal/assistance")
            .once("assistance:granted:" + c.id()));
  }

  void refused(AssistanceCase c, String reason, LocalDate today) {
    completed(c, today);
    messages.send(
        CitizenMessage.to(
                c.applicantPersonId(),
                c.type().label() + "申请未予批准",
                "您的"
                    + c.type().label()
                    + "申请（"
                    + c.caseNo()
                    + "）经审核不予纳入。理由："
                    + shortened(reason)
                    + "。书面通知将由街道（乡镇）送达；如有异议，可在收到通知后依法申请复核。")
            .withLink("/portal/assistance")
            .once("assistance:refused:" + c.id()));
  }

  /**
   * 好差评: a decided application is a completed service the applicant may rate, granted or not; the
   * street office that received and reviewed it is the office rated.
   */
  private void completed(AssistanceCase c, LocalDate today) {
    events.publishEvent(
        ServiceCompleted.toRate(
            "assistance.case",
            "社会救助审批",
            Long.toString(c.id()),
            c.applicantPersonId(),
            c.type().label() + "申请（" + c.caseNo() + "）",
            regions.nameOf(c.streetCode()),
            c.streetCode(),
            today));
  }

  /** The inbox holds 2,000 characters; the full reasons are in the written notice. */
  private static String shortened(String reason) {
    return reason.length() <= 500 ? reason : reason.substring(0, 500) + "……";
  }
}
