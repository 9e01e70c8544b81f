package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.PersonPictureSource;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 待遇发放 in a person's picture: what each programme owes the person, month by month. */
@Component
class BenefitPicture implements PersonPictureSource {

  private final JdbcClient jdbc;

  BenefitPicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    return jdbc.sql(
            """
            select person_id, programme, month, amount from payments.entitlement
             where person_id = any(?) order by month desc, programme limit ?""")
        .params(personIds.toArray(Long[]::new), LIMIT)
        .query(
            (rs, n) -> {
              String programme = rs.getString("programme");
              var month = rs.getDate("month").toLocalDate();
              return new PictureEntry(
                  SECTIONS.get(0),
                  rs.getLong("person_id"),
                  month,
                  Programme.valueOf(programme).label() + " " + month.toString().substring(0, 7),
                  yuan(rs.getBigDecimal("amount")) + " 元",
                  "/payments/rosters?programme=" + programme);
            })
        .list();
  }

  private static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }
}
