package cn.minzheng.disability.subsidy;

import cn.minzheng.payments.Programme;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What payments holds for a person in a month whose roster is approved, and the roster an arrears
 * or recovery line for it goes into: the two subsidies' corrections and the rental subsidy's
 * renewals correct approved months the same way.
 */
@Component
public class ApprovedMonths {

  private final JdbcClient jdbc;

  ApprovedMonths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The month's entitlement plus every arrears or recovery already made for it. */
  public BigDecimal held(long person, Programme programme, YearMonth month) {
    return jdbc.sql(
            """
            select coalesce((select amount from payments.entitlement_fact
                              where person_id = :p and programme = :prog and month = :m), 0)
                 + coalesce((select sum(amount) from payments.adjustment_fact
                              where person_id = :p and programme = :prog and for_month = :m), 0)
            """)
        .param("p", person)
        .param("prog", programme.name())
        .param("m", month.atDay(1))
        .query(BigDecimal.class)
        .single();
  }

  /**
   * The roster a new line for {@code month} goes into: the month after it, or the month after
   * {@code now} when that is later; a later one when a line for the same month is there already
   * (one line per person, programme, month and pay month).
   */
  public YearMonth payMonth(long person, Programme programme, YearMonth month, YearMonth now) {
    YearMonth payIn = month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
    while (jdbc.sql(
                "select count(*) from payments.adjustment_fact where person_id = ? and programme = ?"
                    + " and for_month = ? and pay_month = ?")
            .params(person, programme.name(), month.atDay(1), payIn.atDay(1))
            .query(Integer.class)
            .single()
        > 0) {
      payIn = payIn.plusMonths(1);
    }
    return payIn;
  }
}
