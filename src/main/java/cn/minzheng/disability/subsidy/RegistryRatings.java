package cn.minzheng.disability.subsidy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ratings the registry holds without having announced them here (persons loaded in bulk, or rated
 * before this module existed): taken over as in force for every month. Set-based, idempotent.
 */
@Service
public class RegistryRatings {

  private final JdbcClient jdbc;

  RegistryRatings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @return how many ratings were taken over
   */
  public int adopt() {
    return jdbc.sql(
            """
            insert into disability.rating (person_id, category, grade, certificate_date)
            select p.id, p.disability_category, p.disability_grade, null
              from registry.person_fact p
             where p.disability_category is not null
               and not exists (select 1 from disability.rating r where r.person_id = p.id)
            on conflict on constraint rating_once do nothing""")
        .update();
  }
}
