package cn.minzheng.marriage.demo;

import cn.minzheng.marriage.domain.counter.FollowUpChecklist.Item;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;

/** 婚育一件事 checklists of the demo marriages, older ones further along (set-based). */
final class FollowUps {

  private FollowUps() {}

  static void open(JdbcTemplate jdbc) {
    // The enum's own constant names, not input: safe to write into the statement.
    String items =
        Arrays.stream(Item.values())
            .map(i -> "'" + i.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));
    jdbc.update(
        """
        insert into marriage.followup_item (registration_id, item, status)
        select r.id, i.item,
               case when r.registered_on < current_date - 60 and (r.id + length(i.item)) % 3 <> 0
                    then 'DONE' else 'TODO' end
          from marriage.registration r
          cross join unnest(array[ITEMS]) as i(item)
         where r.registered_by = 'demo' and r.type = 'MARRIAGE'
        on conflict do nothing"""
            .replace("ITEMS", items));
  }
}
