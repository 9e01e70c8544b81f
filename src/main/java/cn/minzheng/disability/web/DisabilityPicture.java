package cn.minzheng.disability.web;

import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.PersonPictureSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 残疾人福利 in a person's picture: the two subsidies as the street decided them (免申即享: found by the
 * monthly run, then confirmed or declined) and the assistive-device rentals. The months paid are in
 * 待遇发放 already (payments). Mental-health rehabilitation is left out on purpose: it is health data
 * that only the rehabilitation pages show (docs/security.md).
 */
@Component
class DisabilityPicture implements PersonPictureSource {

  static final String SECTION = SECTIONS.get(8);

  private final JdbcClient jdbc;

  DisabilityPicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    Long[] ids = personIds.toArray(Long[]::new);
    List<PictureEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                """
                select person_id, subsidy, first_month, status, decline_reason
                  from disability.recipient
                 where person_id = any(?) order by first_month desc, subsidy limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) -> {
                  String status = rs.getString("status");
                  LocalDate first = rs.getObject("first_month", LocalDate.class);
                  String reason = rs.getString("decline_reason");
                  return new PictureEntry(
                      SECTION,
                      rs.getLong("person_id"),
                      first,
                      Subsidy.valueOf(rs.getString("subsidy")).label(),
                      NewlyEligible.Recipient.statusLabelOf(status)
                          + ("DECLINED".equals(status) && reason != null
                              ? "：" + reason
                              : "，自" + first.toString().substring(0, 7) + "起符合条件"),
                      "/disability/subsidies/" + rs.getLong("person_id"));
                })
            .list());
    entries.addAll(
        jdbc.sql(
                """
                select r.person_id, i.name, r.status, r.due_on, r.returned_on,
                       (r.ordered_at at time zone 'Asia/Shanghai')::date as ordered_on
                  from disability.rental r
                  join disability.device_item i on i.id = r.item_id
                 where r.person_id = any(?) order by r.ordered_at desc, r.id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) -> {
                  String status = rs.getString("status");
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  LocalDate returned = rs.getObject("returned_on", LocalDate.class);
                  String when =
                      returned != null
                          ? "，" + returned + "归还"
                          : "OUT".equals(status) && due != null ? "，" + due + "到期" : "";
                  return new PictureEntry(
                      SECTION,
                      rs.getLong("person_id"),
                      rs.getObject("ordered_on", LocalDate.class),
                      "辅具租赁：" + rs.getString("name"),
                      DeviceRentals.Rental.statusLabelOf(status) + when,
                      "/disability/devices");
                })
            .list());
    return entries;
  }
}
