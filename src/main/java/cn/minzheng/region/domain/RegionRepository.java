package cn.minzheng.region.domain;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionNode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the {@code region} schema. */
@Repository
class RegionRepository {

  private static final String COLUMNS =
      "code, name, level, kind, parent_code, statutory_county_code, valid_from, valid_to,"
          + " retired_reason, successor_code, note";

  private final JdbcClient jdbc;

  RegionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RegionNode> findAll() {
    return jdbc.sql("select " + COLUMNS + " from region.node order by code")
        .query(RegionRepository::map)
        .list();
  }

  /**
   * Inserts what is missing; nodes already present (perhaps renamed or retired) stay as they are.
   */
  int insertMissing(List<RegionNode> nodes, boolean generated) {
    return jdbc.sql(
            """
            insert into region.node (code, name, name_valid_from, level, kind, parent_code,
                                     statutory_county_code, valid_from, note, generated)
            select code, name, valid_from, level, kind, parent_code, statutory, valid_from, note, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::date[], ?::text[])
                 as n(code, name, level, kind, parent_code, statutory, valid_from, note)
            on conflict (code) do nothing
            """)
        .param(generated)
        .param(column(nodes, RegionNode::code))
        .param(column(nodes, RegionNode::name))
        .param(column(nodes, n -> n.level().name()))
        .param(column(nodes, n -> n.kind().label()))
        .param(column(nodes, RegionNode::parentCode))
        .param(column(nodes, RegionNode::statutoryCountyCode))
        .param(column(nodes, n -> n.validFrom().toString()))
        .param(column(nodes, RegionNode::note))
        .update();
  }

  /** Closes the current name in the history and makes the new one current from {@code from}. */
  void rename(String code, String newName, LocalDate from, String changedBy) {
    jdbc.sql(
            """
            insert into region.node_name_history (code, name, valid_from, valid_to, changed_by)
            select code, name, name_valid_from, ?, ? from region.node where code = ?
            """)
        .params(from, changedBy, code)
        .update();
    jdbc.sql(
            "update region.node set name = ?, name_valid_from = ?, updated_at = now()"
                + " where code = ?")
        .params(newName, from, code)
        .update();
  }

  void retire(String code, LocalDate validTo, String reason, String successorCode) {
    jdbc.sql(
            """
            update region.node set valid_to = ?, retired_reason = ?, successor_code = ?,
                                   updated_at = now()
            where code = ?
            """)
        .params(validTo, reason, successorCode, code)
        .update();
  }

  LocalDate nameValidFrom(String code) {
    return jdbc.sql("select name_valid_from from region.node where code = ?")
        .param(code)
        .query(LocalDate.class)
        .single();
  }

  List<NameHistoryEntry> nameHistory(String code) {
    return jdbc.sql(
            """
            select name, valid_from, valid_to, changed_by from region.node_name_history
            where code = ? order by valid_from, id
            """)
        .param(code)
        .query(
            (rs, i) ->
                new NameHistoryEntry(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4)))
        .list();
  }

  private static String[] column(
      List<RegionNode> nodes, java.util.function.Function<RegionNode, String> getter) {
    return nodes.stream().map(getter).toArray(String[]::new);
  }

  private static RegionNode map(ResultSet rs, int row) throws SQLException {
    RegionKind kind = RegionKind.ofLabel(rs.getString("kind"));
    return new RegionNode(
        rs.getString("code"),
        rs.getString("name"),
        cn.minzheng.region.RegionLevel.valueOf(rs.getString("level")),
        kind,
        rs.getString("parent_code"),
        rs.getString("statutory_county_code"),
        toLocalDate(rs.getDate("valid_from")),
        toLocalDate(rs.getDate("valid_to")),
        rs.getString("retired_reason"),
        rs.getString("successor_code"),
        rs.getString("note"));
  }

  private static LocalDate toLocalDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
