package cn.minzheng.registry.domain.household;

import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.Relationship;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes households and their membership rows. */
@Repository
public class HouseholdStore {

  private final JdbcClient jdbc;

  HouseholdStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<HouseholdRow> find(long id) {
    return jdbc.sql("select " + HouseholdRow.COLUMNS + " from registry.household where id = ?")
        .param(id)
        .query(HouseholdRow::map)
        .optional();
  }

  Optional<HouseholdRow> findForUpdate(long id) {
    return jdbc.sql(
            "select " + HouseholdRow.COLUMNS + " from registry.household where id = ? for update")
        .param(id)
        .query(HouseholdRow::map)
        .optional();
  }

  Optional<HouseholdRow> findByNumber(String number) {
    return jdbc.sql("select " + HouseholdRow.COLUMNS + " from registry.household where number = ?")
        .param(number)
        .query(HouseholdRow::map)
        .optional();
  }

  public Optional<Long> currentHouseholdIdOf(long personId) {
    return jdbc.sql(
            "select household_id from registry.household_member"
                + " where person_id = ? and valid_to is null")
        .param(personId)
        .query(Long.class)
        .optional();
  }

  /** Current members, head first, then by the date they joined. */
  public List<HouseholdSummary.Member> currentMembers(long householdId) {
    return jdbc.sql(
            """
            select m.person_id, p.name, m.relationship, m.valid_from
            from registry.household_member m join registry.person p on p.id = m.person_id
            where m.household_id = ? and m.valid_to is null
            order by (m.relationship = 'HEAD') desc, m.valid_from, m.person_id""")
        .param(householdId)
        .query(
            (rs, n) ->
                new HouseholdSummary.Member(
                    rs.getLong(1),
                    rs.getString(2),
                    Relationship.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  /** Every membership row, closed ones too: the household's composition over time. */
  List<MembershipRow> membershipHistory(long householdId) {
    return jdbc.sql(
            """
            select m.person_id, p.name, m.relationship, m.valid_from, m.valid_to
            from registry.household_member m join registry.person p on p.id = m.person_id
            where m.household_id = ? order by m.valid_from, m.id""")
        .param(householdId)
        .query(
            (rs, n) ->
                new MembershipRow(
                    rs.getLong(1),
                    rs.getString(2),
                    Relationship.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)))
        .list();
  }

  long insert(String regionCode, String address, String by) {
    String number =
        jdbc.sql("select ? || lpad(nextval('registry.household_number_seq')::text, 10, '0')")
            .param(regionCode.substring(0, 6))
            .query(String.class)
            .single();
    return jdbc.sql(
            """
            insert into registry.household (number, region_code, address, created_by, updated_by)
            values (?, ?, ?, ?, ?) returning id""")
        .params(number, regionCode, address, by, by)
        .query(Long.class)
        .single();
  }

  void addMember(
      long householdId, long personId, Relationship relationship, LocalDate from, String by) {
    jdbc.sql(
            """
            insert into registry.household_member
              (household_id, person_id, relationship, valid_from, created_by)
            values (?, ?, ?, ?, ?)""")
        .params(householdId, personId, relationship.name(), from, by)
        .update();
    if (relationship == Relationship.HEAD) {
      setHead(householdId, personId, by);
    }
  }

  /** Ends the person's current membership; answers whether there was one in this household. */
  boolean endMembership(long householdId, long personId, LocalDate to) {
    return jdbc.sql(
                """
                update registry.household_member set valid_to = greatest(?, valid_from)
                where household_id = ? and person_id = ? and valid_to is null""")
            .params(to, householdId, personId)
            .update()
        == 1;
  }

  void setHead(long householdId, Long personId, String by) {
    jdbc.sql(
            """
            update registry.household set head_person_id = ?, updated_by = ?, updated_at = now(),
              version = version + 1 where id = ?""")
        .params(personId, by, householdId)
        .update();
  }

  void move(long householdId, String regionCode, String address, String by) {
    jdbc.sql(
            """
            update registry.household set region_code = ?, address = ?, updated_by = ?,
              updated_at = now(), version = version + 1 where id = ?""")
        .params(regionCode, address, by, householdId)
        .update();
  }
}
