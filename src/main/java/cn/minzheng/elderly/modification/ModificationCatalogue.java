package cn.minzheng.elderly.modification;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The catalogue of assessment items and an assessed case's items. */
@Service
public class ModificationCatalogue {

  private final JdbcClient jdbc;

  ModificationCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Entry(String code, String name, String unit, BigDecimal unitPrice) {}

  public record Assessed(String code, String name, int quantity, BigDecimal cost) {}

  public List<Entry> entries() {
    return jdbc.sql(
            "select code, name, unit, unit_price from elderly.modification_catalogue order by code")
        .query(Entry.class)
        .list();
  }

  public List<Assessed> itemsOf(long caseId) {
    return jdbc.sql(
            """
            select i.code, c.name, i.quantity, i.cost from elderly.modification_item i
              join elderly.modification_catalogue c on c.code = i.code
             where i.case_id = ? order by i.code""")
        .param(caseId)
        .query(Assessed.class)
        .list();
  }
}
