package cn.minzheng.registry.domain.search;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.registry.domain.person.PersonMapper;
import cn.minzheng.registry.domain.person.PersonRow;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person lists and exports, always filtered by the caller's data scope first. The SQL text is built
 * only from constant fragments; every value is a bind parameter.
 */
@Service
@Transactional(readOnly = true)
public class PersonSearch {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final FieldCipher cipher;
  private final PersonMapper mapper;

  PersonSearch(
      JdbcClient jdbc,
      DataScope scope,
      RegionHierarchy regions,
      FieldCipher cipher,
      PersonMapper mapper) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
    this.cipher = cipher;
    this.mapper = mapper;
  }

  public PageResult<PersonListItem> search(PersonCriteria c) {
    Where where = where(c);
    if (where == null) {
      return PageResult.empty(c.page(), c.size());
    }
    List<PersonListItem> rows =
        jdbc
            .sql(
                "select "
                    + PersonRow.COLUMNS
                    + " from registry.person p where "
                    + where.sql
                    + " order by "
                    + order(c)
                    + " limit ? offset ?")
            .params(orderedParams(c, where))
            .param(c.size())
            .param((long) c.page() * c.size())
            .query(PersonRow::map)
            .stream()
            .map(this::item)
            .toList();
    long total =
        jdbc.sql(PageResult.cappedCount("registry.person p where " + where.sql))
            .params(where.params)
            .query(Long.class)
            .single();
    return PageResult.of(rows, c.page(), c.size(), total);
  }

  /** Streams every match (no paging) to {@code sink}; answers the number of rows. */
  public long export(PersonCriteria c, int maxRows, Consumer<PersonListItem> sink) {
    Where where = where(c);
    if (where == null) {
      return 0;
    }
    long[] count = {0};
    jdbc.sql(
            "select "
                + PersonRow.COLUMNS
                + " from registry.person p where "
                + where.sql
                + " order by "
                + order(c)
                + " limit ?")
        .withFetchSize(1000)
        .params(orderedParams(c, where))
        .param(maxRows)
        .query(
            (RowCallbackHandler)
                rs -> {
                  sink.accept(item(PersonRow.map(rs, 0)));
                  count[0]++;
                });
    return count[0];
  }

  /** Fuzzy name searches without an explicit sort list the closest names first. */
  private static boolean bySimilarity(PersonCriteria c) {
    return c.fuzzy() && notBlank(c.name()) && "id".equals(c.sort());
  }

  private static String order(PersonCriteria c) {
    return bySimilarity(c) ? "similarity(p.name, ?) desc, p.id" : c.orderBy();
  }

  private static List<Object> orderedParams(PersonCriteria c, Where where) {
    List<Object> params = new ArrayList<>(where.params);
    if (bySimilarity(c)) {
      params.add(c.name().strip());
    }
    return params;
  }

  private PersonListItem item(PersonRow row) {
    return new PersonListItem(
        row.id(),
        row.name(),
        row.sex(),
        row.birthDate(),
        mapper.maskedIdNumber(row),
        mapper.maskedPhone(row),
        row.residenceRegionCode(),
        row.address(),
        row.lifeStatus(),
        row.dateOfDeath());
  }

  /** The predicate, or null when the criteria can match nothing (e.g. a region out of scope). */
  private Where where(PersonCriteria c) {
    Where w = new Where();
    RegionFilter filter = scope.current();
    if (!filter.unrestricted()) {
      w.and("p.residence_region_code = any(?)", (Object) filter.codesArray());
    }
    if (notBlank(c.regionCode())) {
      if (!scope.permits(c.regionCode())) {
        return null;
      }
      w.and(
          "p.residence_region_code = any(?)",
          (Object) regions.subtreeOf(c.regionCode()).toArray(String[]::new));
    }
    if (notBlank(c.idNumber())) {
      try {
        w.and("p.id_number_idx = ?", cipher.blindIndex(IdCardNo.parse(c.idNumber()).value()));
      } catch (InvalidIdCardNoException e) {
        return null;
      }
    }
    if (notBlank(c.name())) {
      String name = c.name().strip();
      if (c.fuzzy()) {
        w.and("(p.name like ? escape '\\' or p.name % ?)", likePrefix(name), name);
      } else {
        w.and("p.name like ? escape '\\'", likePrefix(name));
      }
    }
    if (notBlank(c.householdNumber())) {
      w.and(
          "exists (select 1 from registry.household_member m join registry.household h"
              + " on h.id = m.household_id where m.person_id = p.id and m.valid_to is null"
              + " and h.number = ?)",
          c.householdNumber().strip());
    }
    if ("ALIVE".equals(c.lifeStatus()) || "DECEASED".equals(c.lifeStatus())) {
      w.and("p.life_status = ?", c.lifeStatus());
    }
    return w;
  }

  static String likePrefix(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static final class Where {
    private final StringBuilder sql = new StringBuilder("true");
    private final List<Object> params = new ArrayList<>();

    void and(String predicate, Object... values) {
      sql.append(" and ").append(predicate);
      params.addAll(List.of(values));
    }
  }
}
