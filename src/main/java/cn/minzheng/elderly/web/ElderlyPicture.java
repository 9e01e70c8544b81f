package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.platform.PersonPictureSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 服务预约 (home-service orders) and 生存认证 (existence checks) in a person's picture. */
@Component
class ElderlyPicture implements PersonPictureSource {

  private static final Map<String, String> METHODS =
      Map.of("SELF", "本人认证", "FAMILY", "家属代认证", "VISIT", "上门认证");

  private static final Map<String, String> STATUSES =
      Map.of("ORDERED", "待服务", "DONE", "已服务", "CANCELLED", "已取消");

  private final JdbcClient jdbc;

  ElderlyPicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    Long[] ids = personIds.toArray(Long[]::new);
    List<PictureEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                """
                select o.id, o.person_id, o.item, o.scheduled_on, o.status, p.name as provider
                  from elderly.home_service_order o
                  join elderly.service_provider p on p.id = o.provider_id
                 where o.person_id = any(?) order by o.scheduled_on desc, o.id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) -> {
                  String status = rs.getString("status");
                  boolean open = "ORDERED".equals(status);
                  return new PictureEntry(
                      SECTIONS.get(4),
                      rs.getLong("person_id"),
                      rs.getDate("scheduled_on").toLocalDate(),
                      "居家上门服务：" + HomeServiceItem.valueOf(rs.getString("item")).label(),
                      rs.getString("provider") + "，" + STATUSES.getOrDefault(status, status),
                      open
                          ? "/elderly/home-services/orders/" + rs.getLong("id")
                          : "/elderly/home-services");
                })
            .list());
    entries.addAll(
        jdbc.sql(
                """
                select person_id, verified_on, method from elderly.existence_verification
                 where person_id = any(?) order by verified_on desc, id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) ->
                    new PictureEntry(
                        SECTIONS.get(5),
                        rs.getLong("person_id"),
                        rs.getDate("verified_on").toLocalDate(),
                        "高龄津贴生存认证",
                        METHODS.getOrDefault(rs.getString("method"), "已认证"),
                        "/elderly/allowance/checks"))
            .list());
    return entries;
  }
}
