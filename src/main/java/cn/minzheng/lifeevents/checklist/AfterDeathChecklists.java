package cn.minzheng.lifeevents.checklist;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 身后一件事: one checklist per death for the family (the deceased's household at the time of death),
 * opened by {@link PersonDied}, removed by {@link DeathWithdrawn}; the family marks each step in
 * the portal. Idempotent: the event twice opens one checklist and sends one message per member.
 */
@Service
public class AfterDeathChecklists {

  static final String MODULE = "生活事件";
  static final String LINK = "/portal/after-death";

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final CitizenMessages messages;
  private final LifeEventTrail trail;
  private final AuditLog audit;

  AfterDeathChecklists(
      JdbcClient jdbc,
      PersonDirectory persons,
      CitizenMessages messages,
      LifeEventTrail trail,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.messages = messages;
    this.trail = trail;
    this.audit = audit;
  }

  public record Step(ChecklistStep step, StepStatus status, OffsetDateTime changedAt) {}

  public record Checklist(
      long personId, String name, LocalDate dateOfDeath, List<Step> steps, boolean complete) {}

  @ApplicationModuleListener
  void on(PersonDied died) {
    Optional<HouseholdSummary> household = persons.householdOf(died.personId());
    int opened =
        jdbc.sql(
                """
                insert into lifeevents.after_death
                  (person_id, household_id, region_code, date_of_death)
                values (?, ?, ?, ?) on conflict (person_id) do nothing""")
            .params(
                died.personId(),
                household.map(HouseholdSummary::id).orElse(null),
                died.regionCode(),
                died.dateOfDeath())
            .update();
    for (ChecklistStep step : ChecklistStep.values()) {
      jdbc.sql(
              """
              insert into lifeevents.checklist_step (person_id, step) values (?, ?)
              on conflict do nothing""")
          .params(died.personId(), step.name())
          .update();
    }
    String name = persons.find(died.personId()).map(PersonSummary::name).orElse("");
    household.ifPresent(
        h ->
            h.members().stream()
                .filter(m -> m.personId() != died.personId())
                .forEach(
                    m ->
                        messages.send(
                            CitizenMessage.to(
                                    m.personId(),
                                    "身后一件事：请查看需办理的事项",
                                    name
                                        + " 的死亡已登记（"
                                        + died.dateOfDeath()
                                        + "）。民政各项待遇已自动停发，无需另行申请；公安、人社、医保、公积金、交管的事项请在“身后一件事”清单中查看和标记。节哀顺变。")
                                .withLink(LINK)
                                .once(
                                    "lifeevents:after-death:"
                                        + died.personId()
                                        + ":"
                                        + m.personId()))));
    trail.record(
        new TrailEntry(
            died.personId(),
            LifeEvent.DEATH,
            died.dateOfDeath(),
            MODULE,
            "为家属生成身后一件事清单（户籍注销、养老保险、医疗保险、住房公积金、驾驶证）" + (opened == 1 ? "" : "（已存在）"),
            "身后一件事：一次登记，联办清单（§8）",
            "after-death-checklist:" + died.personId() + ":" + died.dateOfDeath()));
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    int removed =
        jdbc.sql("delete from lifeevents.after_death where person_id = ? and date_of_death = ?")
            .params(withdrawn.personId(), withdrawn.dateOfDeath())
            .update();
    if (removed == 1) {
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              MODULE,
              "撤销身后一件事清单",
              "死亡登记撤销，清单随之撤销（§8）",
              "after-death-withdrawn:" + withdrawn.personId() + ":" + withdrawn.dateOfDeath()));
    }
  }

  /** The checklists of deaths in the citizen's household (the family), newest first. */
  @Transactional(readOnly = true)
  public List<Checklist> ofFamily(long citizenPersonId) {
    Optional<HouseholdSummary> household = persons.householdOf(citizenPersonId);
    if (household.isEmpty()) {
      return List.of();
    }
    List<Long> deceased =
        jdbc.sql(
                """
                select person_id from lifeevents.after_death
                 where household_id = ? order by date_of_death desc, person_id""")
            .param(household.get().id())
            .query(Long.class)
            .list();
    return deceased.stream().map(this::checklist).toList();
  }

  /** The family marks a step; another household's checklist is "not found". Audited. */
  @Transactional
  public void mark(long citizenPersonId, long deceasedId, String step, String status) {
    boolean family = ofFamily(citizenPersonId).stream().anyMatch(c -> c.personId() == deceasedId);
    if (!family) {
      throw new RecordNotFoundException("checklist");
    }
    ChecklistStep s = parse(ChecklistStep.class, step, "step", "事项不存在");
    StepStatus to = parse(StepStatus.class, status, "status", "状态不正确");
    jdbc.sql(
            """
            update lifeevents.checklist_step set status = ?, changed_at = now(), changed_by = ?
             where person_id = ? and step = ?""")
        .params(to.name(), "citizen-person-" + citizenPersonId, deceasedId, s.name())
        .update();
    audit.record(
        AuditEvent.success(
            "lifeevents.checklist.mark",
            "person",
            Long.toString(deceasedId),
            s.name() + " -> " + to.name()));
  }

  private Checklist checklist(long personId) {
    LocalDate date =
        jdbc.sql("select date_of_death from lifeevents.after_death where person_id = ?")
            .param(personId)
            .query(LocalDate.class)
            .single();
    Map<String, Step> byStep =
        jdbc
            .sql(
                """
                select step, status, changed_at from lifeevents.checklist_step
                 where person_id = ?""")
            .param(personId)
            .query(
                (rs, n) ->
                    new Step(
                        ChecklistStep.valueOf(rs.getString(1)),
                        StepStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(st -> st.step().name(), st -> st));
    List<Step> steps =
        java.util.Arrays.stream(ChecklistStep.values())
            .map(st -> byStep.getOrDefault(st.name(), new Step(st, StepStatus.OPEN, null)))
            .toList();
    String name = persons.find(personId).map(PersonSummary::name).orElse("");
    return new Checklist(
        personId,
        name,
        date,
        steps,
        steps.stream().noneMatch(st -> st.status() == StepStatus.OPEN));
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String msg) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, msg);
    }
  }
}
