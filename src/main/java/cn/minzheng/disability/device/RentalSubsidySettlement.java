package cn.minzheng.disability.device;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 辅具租赁补贴, settled per month: for every person with a disability rating, the subsidy share of the
 * rent of the days their rentals were out in the month (hand-out day to the day before the return,
 * at most to the due date: {@code disability.subsidised_rental_days}), each rental's share rounded
 * to the fen, summed per person — one set-based query over all rentals handed to payments
 * (programme {@link Programme#DEVICE_RENTAL}). The person paid the full rent out of the deposit on
 * return; the subsidy comes back to them month by month like the two disability subsidies.
 */
@Service
public class RentalSubsidySettlement {

  /**
   * Per person of the month starting on the bound date: the sum of the rentals' subsidy shares, and
   * the rentals as the basis the person reads. Only rated persons (the registry's current rating,
   * as on return) and items with a subsidy share; a cancelled rental (a death) pays nothing.
   */
  static final String PAYABLE =
      """
      select d.person_id, sum(d.share) as amount,
             '辅具租赁补贴 ' || string_agg(d.item || ' ' || d.days || '天', '、' order by d.rental_id)
               as basis,
             min(d.region_code) as region_code, 'DEVICE_RENTAL' as case_ref
        from (select r.id as rental_id, r.person_id, i.name as item, p.residence_region_code as region_code,
                     disability.subsidised_rental_days(r.handed_out_on, r.returned_on, r.due_on, m.start)
                       as days,
                     round(disability.subsidised_rental_days(r.handed_out_on, r.returned_on, r.due_on,
                                                             m.start)
                           * i.daily_rent * i.subsidy_percent / 100.0, 2) as share
                from (select cast(? as date) as start) m
                join disability.rental r
                  on r.status in ('OUT', 'RETURNED') and r.handed_out_on is not null
                 and r.handed_out_on < (m.start + interval '1 month')
                 and coalesce(r.returned_on, r.due_on) >= m.start
                join disability.device_item i on i.id = r.item_id and i.subsidy_percent > 0
                join registry.person_fact p
                  on p.id = r.person_id and p.disability_category is not null) d
       where d.days > 0
       group by d.person_id
      """;

  private final Entitlements entitlements;

  RentalSubsidySettlement(Entitlements entitlements) {
    this.entitlements = entitlements;
  }

  /**
   * Replaces the month's rental subsidies in payments; idempotent; in a transaction of its own.
   *
   * @throws cn.minzheng.payments.MonthLockedException when the month's roster is approved
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public MonthReplaced settle(YearMonth month) {
    return entitlements.replaceMonthFrom(Programme.DEVICE_RENTAL, month, PAYABLE, month.atDay(1));
  }
}
