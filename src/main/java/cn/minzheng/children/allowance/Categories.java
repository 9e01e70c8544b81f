package cn.minzheng.children.allowance;

import cn.minzheng.platform.InvalidInput;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories of children: 孤儿 and 事实无人抚养儿童 fixed by the rule and paid through payments; the
 * city's special-group categories (重病、重残、困境 ...) kept by the city administrator, recorded and
 * visited but not paid by this module.
 */
@Service
public class Categories {

  private final JdbcClient jdbc;

  Categories(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Category(
      String code, String label, String kind, @Nullable String programme, boolean active) {

    public boolean paid() {
      return programme != null;
    }

    public String kindLabel() {
      return switch (kind) {
        case "ORPHAN" -> "孤儿";
        case "UNSUPPORTED" -> "事实无人抚养儿童";
        default -> "其他特殊群体儿童";
      };
    }
  }

  public List<Category> all() {
    return jdbc.sql(
            "select code, label, kind, programme, active from children.category order by sort_order, code")
        .query(Category.class)
        .list();
  }

  public List<Category> active() {
    return all().stream().filter(Category::active).toList();
  }

  /**
   * Adds a special-group category or renames / (de)activates one; the rule's two stay as they are.
   */
  @Transactional
  public void saveSpecial(String code, String label, boolean active) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!c.matches("[A-Z][A-Z_]{1,39}")) {
      throw new InvalidInput("code", "类别代码为2至40位大写字母或下划线");
    }
    if (label == null || label.isBlank()) {
      throw new InvalidInput("label", "请填写类别名称");
    }
    if (c.equals("ORPHAN") || c.equals("UNSUPPORTED")) {
      throw new InvalidInput("code", "孤儿和事实无人抚养儿童由政策规定，不能修改");
    }
    jdbc.sql(
            """
            insert into children.category (code, label, kind, programme, active, sort_order)
            values (?, ?, 'SPECIAL', null, ?, 100)
            on conflict (code) do update set label = excluded.label, active = excluded.active
             where children.category.kind = 'SPECIAL'""")
        .params(c, label.strip(), active)
        .update();
    // A new category is visited every three months until the city administrator decides otherwise.
    jdbc.sql(
            """
            insert into children.visit_interval_version (category, months, valid_from, created_by)
            select ?, 3, date '1990-01-01', 'category' where not exists
                   (select 1 from children.visit_interval_version where category = ?)""")
        .params(c, c)
        .update();
  }
}
