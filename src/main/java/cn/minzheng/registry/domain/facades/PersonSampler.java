package cn.minzheng.registry.domain.facades;

import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonSampling;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonSampling} by the primary key's order: stops after {@code limit} matching rows. */
@Component
class PersonSampler implements PersonSampling {

  private final JdbcClient jdbc;

  PersonSampler(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Long> sample(
      Sex sex,
      MaritalStatus status,
      int minAge,
      int maxAge,
      LocalDate on,
      long afterId,
      int limit) {
    return jdbc.sql(
            """
            select id from registry.person
             where id > ? and sex = ? and marital_status = ? and life_status = 'ALIVE'
               and birth_date between ? and ?
             order by id limit ?""")
        .params(
            afterId,
            sex.name(),
            status.name(),
            on.minusYears(maxAge + 1L).plusDays(1),
            on.minusYears(minAge),
            Math.min(limit, 10_000))
        .query(Long.class)
        .list();
  }
}
