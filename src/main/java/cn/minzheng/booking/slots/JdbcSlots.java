package cn.minzheng.booking.slots;

import cn.minzheng.booking.FreeDay;
import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slot;
import cn.minzheng.booking.Slots;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of resources, slots and seats. */
@Service
@Transactional
class JdbcSlots implements Slots {

  static final String COLUMNS =
      "s.id, s.resource_id, r.owner_key, s.day, s.start_time, s.end_time, s.capacity, s.booked,"
          + " s.peak, s.closed";
  static final String FROM = " from booking.slot s join booking.resource r on r.id = s.resource_id";

  /** The days of a resource with their free seats: the (resource, day, start) index. */
  static final String FREE_DAYS =
      "select day, sum(capacity - booked) free, bool_or(peak) peak from booking.slot"
          + " where resource_id = ? and day between ? and ? and not closed"
          + " group by day order by day";

  /** The open slots of a resource between two days: the same index. */
  static final String OPEN_SLOTS =
      "select "
          + COLUMNS
          + FROM
          + " where s.resource_id = ? and s.day between ? and ? and not s.closed"
          + " order by s.day, s.start_time";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  /** Resource ids never change once registered (rows are never deleted): one lookup each. */
  private final Map<String, Long> resources = new ConcurrentHashMap<>();

  JdbcSlots(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  @Override
  public long resource(String owner, long key, String name) {
    Long known = resources.get(owner + ":" + key);
    if (known != null) {
      return known;
    }
    long id =
        jdbc.sql(
                """
                with added as (
                  insert into booking.resource (owner, owner_key, name) values (?, ?, ?)
                  on conflict (owner, owner_key) do nothing returning id)
                select id from added
                union all
                select id from booking.resource where owner = ? and owner_key = ?""")
            .params(owner, key, name, owner, key)
            .query(Long.class)
            .list()
            .get(0);
    resources.put(owner + ":" + key, id);
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Long> resourceOf(String owner, long key) {
    String cacheKey = owner + ":" + key;
    Long known = resources.get(cacheKey);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Long> id =
        jdbc.sql("select id from booking.resource where owner = ? and owner_key = ?")
            .params(owner, key)
            .query(Long.class)
            .optional();
    id.ifPresent(v -> resources.put(cacheKey, v));
    return id;
  }

  @Override
  public int open(Collection<NewSlot> slots) {
    int created = 0;
    for (int n :
        template.batchUpdate(
            "insert into booking.slot (resource_id, day, start_time, end_time, capacity, peak)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (resource_id, day, start_time) do nothing",
            slots.stream()
                .map(
                    s ->
                        new Object[] {
                          s.resourceId(), s.day(), s.start(), s.end(), s.capacity(), s.peak()
                        })
                .toList())) {
      created += n;
    }
    return created;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Slot> find(long slotId) {
    return jdbc.sql("select " + COLUMNS + FROM + " where s.id = ?")
        .param(slotId)
        .query(JdbcSlots::slot)
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Slot> openSlots(long resourceId, LocalDate from, LocalDate to) {
    return jdbc.sql(OPEN_SLOTS).params(resourceId, from, to).query(JdbcSlots::slot).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<FreeDay> freeDays(long resourceId, LocalDate from, LocalDate to) {
    return jdbc.sql(FREE_DAYS)
        .params(resourceId, from, to)
        .query(
            (rs, n) ->
                new FreeDay(
                    rs.getObject("day", LocalDate.class),
                    rs.getLong("free"),
                    rs.getBoolean("peak")))
        .list();
  }

  @Override
  public boolean take(long slotId) {
    // the one definition of a free seat, shared with owners' booking statements (booking V2)
    return jdbc.sql("select booking.take_seat(?)").param(slotId).query(Boolean.class).single();
  }

  @Override
  public void release(long slotId) {
    jdbc.sql("update booking.slot set booked = booked - 1 where id = ? and booked > 0")
        .param(slotId)
        .update();
  }

  @Override
  public int takeSeats(Map<Long, Integer> seatsBySlot) {
    int changed = 0;
    for (int n :
        template.batchUpdate(
            "update booking.slot set booked = booked + ? where id = ? and booked + ? <= capacity",
            seatsBySlot.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new Object[] {e.getValue(), e.getKey(), e.getValue()})
                .toList())) {
      changed += n;
    }
    return changed;
  }

  @Override
  public int closeDay(String owner, @Nullable Long key, LocalDate day) {
    return jdbc.sql(
            "update booking.slot s set closed = true from booking.resource r"
                + " where r.id = s.resource_id and s.day = ? and r.owner = ?"
                + " and (?::bigint is null or r.owner_key = ?) and not s.closed")
        .params(day, owner, key, key)
        .update();
  }

  @Override
  public int closeAfter(long resourceId, LocalDate day) {
    return jdbc.sql(
            "update booking.slot set closed = true where resource_id = ? and day > ? and not closed")
        .params(resourceId, day)
        .update();
  }

  @Override
  public int reopen(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql("update booking.slot set closed = false where id in (:ids) and closed")
        .param("ids", slotIds)
        .update();
  }

  @Override
  public int removeUnused(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "delete from booking.slot s where s.id in (:ids) and s.booked = 0"
                + " and not exists (select 1 from booking.reservation r where r.slot_id = s.id)")
        .param("ids", slotIds)
        .update();
  }

  @Override
  public List<Slot> lockDay(long resourceId, LocalDate day) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where s.resource_id = ? and s.day = ? order by s.start_time for update of s")
        .params(resourceId, day)
        .query(JdbcSlots::slot)
        .list();
  }

  @Override
  public void replan(long slotId, LocalTime end, int capacity, boolean peak) {
    jdbc.sql(
            "update booking.slot set end_time = ?, capacity = greatest(?, booked, 1), peak = ?,"
                + " closed = false where id = ?")
        .params(end, capacity, peak, slotId)
        .update();
  }

  @Override
  public int close(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql("update booking.slot set closed = true where id in (:ids) and not closed")
        .param("ids", slotIds)
        .update();
  }

  static Slot slot(ResultSet rs, int n) throws SQLException {
    return new Slot(
        rs.getLong("id"),
        rs.getLong("resource_id"),
        rs.getLong("owner_key"),
        rs.getObject("day", LocalDate.class),
        rs.getTime("start_time").toLocalTime(),
        rs.getTime("end_time").toLocalTime(),
        rs.getInt("capacity"),
        rs.getInt("booked"),
        rs.getBoolean("peak"),
        rs.getBoolean("closed"));
  }
}
