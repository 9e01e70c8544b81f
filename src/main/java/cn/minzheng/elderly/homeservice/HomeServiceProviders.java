package cn.minzheng.elderly.homeservice;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Eligible groups, enrolled elders, providers and their workers. */
@Service
public class HomeServiceProviders {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final AuditLog audit;

  HomeServiceProviders(JdbcClient jdbc, PersonDirectory persons, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.audit = audit;
  }

  public record Group(String code, String label, boolean active) {}

  public record Provider(long id, String name, String regionCode, String contact) {}

  public record Worker(long id, long providerId, String name, String skills) {}

  public List<Group> groups() {
    return jdbc.sql("select code, label, active from elderly.home_service_group order by code")
        .query(Group.class)
        .list();
  }

  public void setGroupActive(String code, boolean active) {
    jdbc.sql("update elderly.home_service_group set active = ? where code = ?")
        .params(active, code)
        .update();
    audit.record(AuditEvent.success("elderly.home.group", "group", code, "" + active));
  }

  /** Enrols an elder (checked by staff) in an active eligible group. */
  public void enrol(PersonSummary person, String groupCode, LocalDate on, String by) {
    if (!person.alive()) {
      throw new HomeServiceRejected("该老人已登记死亡");
    }
    boolean active = groups().stream().anyMatch(g -> g.code().equals(groupCode) && g.active());
    if (!active) {
      throw new HomeServiceRejected("服务对象类别：不在当前可享受的类别中");
    }
    jdbc.sql(
            """
            insert into elderly.home_service_recipient (person_id, group_code, region_code,
                   enrolled_on, created_by) values (?, ?, ?, ?, ?)
            on conflict (person_id) do update set group_code = excluded.group_code,
                   region_code = excluded.region_code, ended_on = null""")
        .params(person.id(), groupCode, person.residenceRegionCode(), on, by)
        .update();
    audit.record(AuditEvent.success("elderly.home.enrol", "person", "" + person.id(), groupCode));
  }

  public boolean enrolled(long personId) {
    return jdbc.sql(
            "select exists (select 1 from elderly.home_service_recipient where person_id = ?"
                + " and ended_on is null)")
        .param(personId)
        .query(Boolean.class)
        .single();
  }

  public long addProvider(String name, String regionCode, String contact) {
    return jdbc.sql(
            "insert into elderly.service_provider (name, region_code, contact) values (?, ?, ?)"
                + " returning id")
        .params(name, regionCode, contact)
        .query(Long.class)
        .single();
  }

  public long addWorker(long providerId, String name, String skills) {
    return jdbc.sql(
            "insert into elderly.provider_worker (provider_id, name, skills) values (?, ?, ?)"
                + " returning id")
        .params(providerId, name, skills)
        .query(Long.class)
        .single();
  }

  /** Providers serving a region: those whose district contains it. */
  public List<Provider> providersFor(String regionCode) {
    return jdbc.sql(
            """
            select id, name, region_code, contact from elderly.service_provider
             where active and left(region_code, 6) = left(?, 6) order by id""")
        .param(regionCode)
        .query(Provider.class)
        .list();
  }

  public List<Worker> workers(long providerId) {
    return jdbc.sql(
            "select id, provider_id, name, skills from elderly.provider_worker"
                + " where provider_id = ? and active order by id")
        .param(providerId)
        .query(Worker.class)
        .list();
  }
}
