package cn.minzheng.platform.web;

import cn.minzheng.platform.CodeTable;
import cn.minzheng.platform.PersonNames;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The label dictionary (码表) and the one formatter of what pages and exports show: names for codes,
 * regions, actors and persons, Beijing time, money with thousands separators. Templates reach it as
 * {@code ${#labels...}} (see {@link LabelsDialect}); exports inject it.
 *
 * <p>Unknown codes are shown as they are rather than hidden: a code nobody named is a gap to see,
 * and {@code LabelsTest} keeps the dictionary complete for the enums it holds.
 */
@Component("labels")
public class Labels {

  /** Accounts that are not people: migrations, the demo generator, scheduled jobs. */
  static final Map<String, String> SYSTEM_ACTORS =
      Map.of(
          "migration", "系统迁移",
          "demo-generator", "演示数据",
          "demo-accounts", "演示数据",
          "system", "系统");

  static final String NONE = "—";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final Map<String, CodeTable> tables = new LinkedHashMap<>();
  private final RegionHierarchy regions;
  private final StaffDirectory staff;
  private final ObjectProvider<PersonNames> persons;

  public Labels(
      List<CodeTable> tables,
      RegionHierarchy regions,
      StaffDirectory staff,
      ObjectProvider<PersonNames> persons) {
    for (CodeTable table : tables) {
      if (this.tables.putIfAbsent(table.kind(), table) != null) {
        throw new IllegalStateException("Two code tables named " + table.kind());
      }
    }
    this.regions = regions;
    this.staff = staff;
    this.persons = persons;
  }

  public Set<String> kinds() {
    return tables.keySet();
  }

  public List<CodeTable> tables() {
    return List.copyOf(tables.values());
  }

  /** The name of any value a page shows: an enum by its label, a date or time as on every page. */
  public String of(Object value) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Enum<?> constant) {
      return CodeTable.labelOf(constant).orElseGet(() -> byEnumTable(constant));
    }
    if (value instanceof LocalDate date) {
      return date.format(DAY);
    }
    if (value instanceof Instant
        || value instanceof OffsetDateTime
        || value instanceof ZonedDateTime
        || value instanceof Date) {
      return time(value);
    }
    return value.toString();
  }

  /** A code stored as text, by the table of its kind ({@code code('programme', 'DIBAO')}). */
  public String code(String kind, Object code) {
    if (code == null) {
      return NONE;
    }
    String text = code instanceof Enum<?> constant ? constant.name() : code.toString();
    CodeTable table = tables.get(kind);
    if (table == null) {
      throw new IllegalArgumentException("No code table " + kind);
    }
    return table.label(text).orElse(text);
  }

  public String region(String regionCode) {
    return regionCode == null || regionCode.isBlank() ? NONE : regions.nameOf(regionCode);
  }

  /** Who did it: a staff member by display name, the system's own accounts by what they are. */
  public String actor(String username) {
    if (username == null || username.isBlank()) {
      return NONE;
    }
    String system = SYSTEM_ACTORS.get(username);
    if (system != null) {
      return system;
    }
    return staff.findEnabled(username).map(StaffUser::displayName).orElse(username);
  }

  public String person(Long personId) {
    if (personId == null) {
      return NONE;
    }
    PersonNames names = persons.getIfAvailable();
    return names == null ? "人员" + personId : names.personName(personId).orElse("人员" + personId);
  }

  public String household(Long householdId) {
    if (householdId == null) {
      return NONE;
    }
    PersonNames names = persons.getIfAvailable();
    String head = names == null ? null : names.householdName(householdId).orElse(null);
    return head == null ? "家庭" + householdId : head + "户";
  }

  /** Beijing time {@code yyyy-MM-dd HH:mm}; a {@code LocalDateTime} is a wall time already. */
  public String time(Object value) {
    if (value == null) {
      return NONE;
    }
    Instant instant = null;
    if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      instant = z.toInstant();
    } else if (value instanceof LocalDateTime local) {
      return TIME.format(local);
    } else if (value instanceof Date d) {
      instant = d.toInstant();
    }
    return instant == null ? value.toString() : TIME.format(instant.atZone(ChinaTime.ZONE));
  }

  /** Yuan with two decimals and thousands separators: 5,265,076.00. */
  public String money(Object amount) {
    BigDecimal value = decimal(amount);
    return value == null ? NONE : yuan().format(value.setScale(2, RoundingMode.HALF_UP));
  }

  /** 万元 with two decimals, for wide tables (the unit in the column head): 526.51. */
  public String wan(Object amount) {
    BigDecimal value = decimal(amount);
    return value == null
        ? NONE
        : yuan().format(value.movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
  }

  private static DecimalFormat yuan() {
    // DecimalFormat is not thread-safe: one per call.
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static BigDecimal decimal(Object amount) {
    if (amount == null) {
      return null;
    }
    return amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
  }

  private String byEnumTable(Enum<?> constant) {
    return tables.values().stream()
        .filter(t -> constant.getDeclaringClass().equals(t.source()))
        .findFirst()
        .flatMap(t -> t.label(constant.name()))
        .orElse(constant.name());
  }
}
