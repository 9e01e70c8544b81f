package cn.minzheng.lifeevents.trail;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.DisabilityRated;
import cn.minzheng.registry.HouseholdChanged;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.MaritalStatusChanged;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The life events themselves, as the registry publishes them: the first line of each event on the
 * trail (module 人口和家庭库); what the programmes did follows in their own lines. Idempotent by key.
 * Birth is not listened to (imports and bulk loads would write a line per person): the trail shows
 * it from the registry's birth date when read.
 */
@Component
class RegistryEventsToTrail {

  static final String REGISTRY = "人口和家庭库";

  private final LifeEventTrail trail;
  private final JdbcClient jdbc;

  RegistryEventsToTrail(LifeEventTrail trail, JdbcClient jdbc) {
    this.trail = trail;
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(MaritalStatusChanged changed) {
    LifeEvent event =
        switch (changed.status()) {
          case "MARRIED" -> LifeEvent.MARRIAGE;
          case "DIVORCED" -> LifeEvent.DIVORCE;
          default -> LifeEvent.MARITAL_STATUS;
        };
    String label = MaritalStatus.valueOf(changed.status()).label();
    LocalDate date = changed.effectiveDate() == null ? ChinaTime.today() : changed.effectiveDate();
    trail.record(
        new TrailEntry(
            changed.personId(),
            event,
            date,
            REGISTRY,
            "婚姻状况变更为“" + label + "”",
            "婚姻登记结果写入人口库（§7）",
            "marital:" + changed.personId() + ":" + changed.status() + ":" + date));
  }

  /** Every current member of the household gets the line (a move moves them all). */
  @ApplicationModuleListener
  void on(HouseholdChanged changed) {
    LocalDate date = changed.effectiveDate() == null ? ChinaTime.today() : changed.effectiveDate();
    List<Long> members =
        jdbc.sql(
                """
                select person_id from registry.membership_fact
                 where household_id = ? and valid_to is null""")
            .param(changed.householdId())
            .query(Long.class)
            .list();
    for (long person : members) {
      trail.record(
          new TrailEntry(
              person,
              LifeEvent.HOUSEHOLD_CHANGE,
              date,
              REGISTRY,
              "家庭变动：" + changed.change(),
              "家庭成员及住址变更登记",
              "household:"
                  + changed.householdId()
                  + ":"
                  + changed.change()
                  + ":"
                  + date
                  + ":"
                  + person));
    }
  }

  @ApplicationModuleListener
  void on(DisabilityRated rated) {
    trail.record(
        new TrailEntry(
            rated.personId(),
            LifeEvent.DISABILITY_RATING,
            rated.certificateDate(),
            REGISTRY,
            "残疾评定：" + categoryLabel(rated.category()) + rated.grade() + "级",
            "残疾人证登记（§5）",
            "disability:"
                + rated.personId()
                + ":"
                + rated.category()
                + ":"
                + rated.grade()
                + ":"
                + rated.certificateDate()));
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    trail.record(
        new TrailEntry(
            died.personId(),
            LifeEvent.DEATH,
            died.dateOfDeath(),
            REGISTRY,
            "登记死亡，生存状态改为“已故”；各模块据此处理（身后一件事）",
            "死亡只登记一次，后续来源仅作确认（§8）",
            "died:" + died.personId() + ":" + died.dateOfDeath()));
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    trail.record(
        new TrailEntry(
            withdrawn.personId(),
            LifeEvent.DEATH_WITHDRAWN,
            withdrawn.dateOfDeath(),
            REGISTRY,
            "撤销误登记的死亡（" + withdrawn.reason() + "），生存状态恢复为“在世”",
            "误登记死亡由审批人撤销，登记人与撤销人不得为同一人（§8）",
            "death-withdrawn:"
                + withdrawn.personId()
                + ":"
                + withdrawn.dateOfDeath()
                + ":"
                + ChinaTime.today()));
  }

  private static String categoryLabel(String code) {
    try {
      return DisabilityCategory.valueOf(code).label();
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }
}
