package cn.minzheng.elderly.homeservice;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RegionFilter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep providers and their workers up to date. A provider is never deleted: deactivating it
 * stops new orders, while its orders, records and settlement stay. Adds carry the form's token so
 * that the same form sent twice creates one row.
 */
@Service
public class ProviderRoster {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ProviderRoster(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A provider as its page shows it, inactive ones included. */
  public record ProviderDetail(
      long id, String name, String regionCode, String contact, boolean active) {}

  public record WorkerDetail(
      long id, long providerId, String name, String skills, boolean active) {}

  /** What staff type for a provider; {@link ProviderRules} checks it. */
  public record ProviderForm(String name, String regionCode, String contact) {}

  public record WorkerForm(String name, String skills) {}

  public Optional<ProviderDetail> provider(long id) {
    return jdbc.sql(
            "select id, name, region_code, contact, active from elderly.service_provider"
                + " where id = ?")
        .param(id)
        .query(ProviderDetail.class)
        .optional();
  }

  /** Every provider of the caller's region, inactive ones last. */
  public List<ProviderDetail> providers(RegionFilter scope) {
    return jdbc.sql(
            """
            select id, name, region_code, contact, active from elderly.service_provider
             where (? or region_code = any(?)) order by active desc, region_code, id limit 500""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(ProviderDetail.class)
        .list();
  }

  public List<WorkerDetail> workers(long providerId) {
    return jdbc.sql(
            "select id, provider_id, name, skills, active from elderly.provider_worker"
                + " where provider_id = ? order by active desc, id")
        .param(providerId)
        .query(WorkerDetail.class)
        .list();
  }

  @Transactional
  public long addProvider(ProviderForm form, UUID token, String by) {
    ProviderRules.check(form);
    Optional<Long> created =
        jdbc.sql(
                """
                insert into elderly.service_provider (name, region_code, contact, form_token,
                       updated_by) values (?, ?, ?, ?, ?)
                on conflict (form_token) do nothing returning id""")
            .params(form.name().strip(), form.regionCode(), form.contact().strip(), token, by)
            .query(Long.class)
            .optional();
    if (created.isEmpty()) {
      return byToken("service_provider", token);
    }
    audit.record(
        AuditEvent.success("elderly.provider.add", "provider", "" + created.get(), form.name()));
    return created.get();
  }

  @Transactional
  public void updateProvider(long id, ProviderForm form, boolean active, String by) {
    ProviderRules.check(form);
    jdbc.sql(
            """
            update elderly.service_provider set name = ?, region_code = ?, contact = ?,
                   active = ?, updated_at = now(), updated_by = ? where id = ?""")
        .params(form.name().strip(), form.regionCode(), form.contact().strip(), active, by, id)
        .update();
    audit.record(
        AuditEvent.success("elderly.provider.update", "provider", "" + id, active ? "启用" : "停用"));
  }

  /** Adds a worker; the same token answers the worker its first use created. */
  @Transactional
  public long addWorker(long providerId, WorkerForm form, UUID token, String by) {
    ProviderRules.check(form);
    Optional<Long> created =
        jdbc.sql(
                """
                insert into elderly.provider_worker (provider_id, name, skills, form_token,
                       updated_by) values (?, ?, ?, ?, ?)
                on conflict (form_token) do nothing returning id""")
            .params(providerId, form.name().strip(), skills(form), token, by)
            .query(Long.class)
            .optional();
    if (created.isEmpty()) {
      return byToken("provider_worker", token);
    }
    audit.record(
        AuditEvent.success("elderly.worker.add", "worker", "" + created.get(), "" + providerId));
    return created.get();
  }

  /** Changes a worker of {@code providerId}; a worker of another provider is not found. */
  @Transactional
  public boolean updateWorker(
      long providerId, long workerId, WorkerForm form, boolean active, String by) {
    ProviderRules.check(form);
    int n =
        jdbc.sql(
                """
                update elderly.provider_worker set name = ?, skills = ?, active = ?,
                       updated_at = now(), updated_by = ? where id = ? and provider_id = ?""")
            .params(form.name().strip(), skills(form), active, by, workerId, providerId)
            .update();
    if (n > 0) {
      audit.record(
          AuditEvent.success(
              "elderly.worker.update", "worker", "" + workerId, active ? "在岗" : "停用"));
    }
    return n > 0;
  }

  private static String skills(WorkerForm form) {
    return form.skills() == null || form.skills().isBlank() ? null : form.skills().strip();
  }

  private long byToken(String table, UUID token) {
    // both requests ran: the other one committed first, so its row is there to answer
    return jdbc.sql("select id from elderly." + table + " where form_token = ?")
        .param(token)
        .query(Long.class)
        .single();
  }
}
