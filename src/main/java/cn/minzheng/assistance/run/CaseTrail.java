package cn.minzheng.assistance.run;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 低保/特困 entry and exit on each covered person's life-event trail (the case's own events, so that
 * the trail says when and why a benefit started or stopped). Idempotent by case and month.
 */
@Component
class CaseTrail {

  static final String MODULE = "社会救助";

  private final LifeEventTrail trail;

  CaseTrail(LifeEventTrail trail) {
    this.trail = trail;
  }

  @ApplicationModuleListener
  void on(AssistanceGranted granted) {
    for (long person : granted.personIds()) {
      trail.record(
          new TrailEntry(
              person,
              LifeEvent.ASSISTANCE_START,
              granted.fromMonth().atDay(1),
              MODULE,
              "纳入"
                  + granted.type().label()
                  + "，自 "
                  + granted.fromMonth()
                  + " 起发放（案件 "
                  + granted.caseId()
                  + "）",
              "县级确认（§3.4）",
              "assistance-granted:" + granted.caseId() + ":" + person + ":" + granted.fromMonth()));
    }
  }

  @ApplicationModuleListener
  void on(AssistanceEnded ended) {
    boolean death = "死亡".equals(ended.reason());
    for (long person : ended.personIds()) {
      trail.record(
          new TrailEntry(
              person,
              death ? LifeEvent.DEATH : LifeEvent.ASSISTANCE_END,
              ended.lastMonth().atEndOfMonth(),
              MODULE,
              "停发"
                  + ended.type().label()
                  + "，最后发放月份 "
                  + ended.lastMonth()
                  + "（案件 "
                  + ended.caseId()
                  + "，原因："
                  + ended.reason()
                  + "）"
                  + (death ? "；家庭其余成员自 " + ended.lastMonth().plusMonths(1) + " 起按剩余人数重新计算" : ""),
              death ? "成员死亡次月起停发，家庭按剩余成员重新计算（§3.6）" : "停发（§3.5/§3.6）",
              "assistance-ended:" + ended.caseId() + ":" + person + ":" + ended.lastMonth()));
    }
  }
}
