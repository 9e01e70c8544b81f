package cn.minzheng.socialwork.opendays;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Reservations;
import cn.minzheng.booking.Slots;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.portal.ServiceCompleted;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import cn.minzheng.socialwork.FormDate;
import cn.minzheng.socialwork.Rejected;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 开放日: the bureau's open days. An open day is one slot of the booking engine (resource owner
 * {@value #OWNER}) with the open day's capacity, so the engine alone decides who gets the last
 * places, whatever the concurrency; this class keeps who registered (one registration per citizen
 * and open day: a partial unique index), attendance marked by staff, and the feedback (rating 1–5
 * and text) that only a visitor who attended may give, once, from the day of the open day on.
 *
 * <p>A citizen registers while the registration window is open (its first and last day included)
 * and may cancel until the day before the open day; cancelling gives the place back.
 */
@Service
public class OpenDays {

  static final String OWNER = "socialwork.open_day";
  static final String HOLDER = "socialwork.open_day_registration:";

  public static final Set<String> SORTS = Set.of("held_on", "title", "registered", "attended");

  private final JdbcClient jdbc;
  private final Slots slots;
  private final Reservations reservations;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  OpenDays(
      JdbcClient jdbc,
      Slots slots,
      Reservations reservations,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.reservations = reservations;
    this.audit = audit;
    this.events = events;
  }

  /** An open day with its registered places and visitors (attended). */
  public record OpenDay(
      long id,
      String regionCode,
      String title,
      String place,
      @Nullable String description,
      LocalDate heldOn,
      LocalTime startsAt,
      LocalTime endsAt,
      int capacity,
      LocalDate registrationOpens,
      LocalDate registrationCloses,
      long registered,
      long attended) {

    public long free() {
      return Math.max(0, capacity - registered);
    }

    public boolean registrationOpenOn(LocalDate today) {
      return !today.isBefore(registrationOpens) && !today.isAfter(registrationCloses);
    }
  }

  /** A registration as staff see it (the visitor's name from the registry). */
  public record Registration(
      long id,
      long openDayId,
      long personId,
      String name,
      RegistrationStatus status,
      @Nullable Integer rating,
      @Nullable String feedback) {}

  /** A citizen's own registration with its open day. */
  public record MyRegistration(
      long id,
      long openDayId,
      String title,
      String place,
      LocalDate heldOn,
      LocalTime startsAt,
      RegistrationStatus status,
      @Nullable Integer rating) {

    public boolean cancellableOn(LocalDate today) {
      return status == RegistrationStatus.BOOKED && today.isBefore(heldOn);
    }

    public boolean feedbackOpen() {
      return status == RegistrationStatus.ATTENDED && rating == null;
    }
  }

  private static final String SELECT =
      """
      select d.id, d.region_code, d.title, d.place, d.description, d.held_on, d.starts_at,
             d.ends_at, d.capacity, d.registration_opens, d.registration_closes,
             (select count(*) from socialwork.open_day_registration r
               where r.open_day_id = d.id and r.status <> 'CANCELLED') as registered,
             (select count(*) from socialwork.open_day_registration r
               where r.open_day_id = d.id and r.status = 'ATTENDED') as attended
        from socialwork.open_day d""";

  /** Creates an open day and its slot in the booking engine. */
  @Transactional
  public long create(
      String regionCode,
      @Nullable String title,
      @Nullable String place,
      @Nullable String description,
      @Nullable String heldOn,
      @Nullable String startsAt,
      @Nullable String endsAt,
      @Nullable String capacity,
      @Nullable String registrationOpens,
      @Nullable String registrationCloses,
      String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      errors.put("title", "活动名称：必填");
    }
    if (place == null || place.isBlank()) {
      errors.put("place", "地点：必填");
    }
    LocalDate day = date(heldOn, "heldOn", "活动日期", errors);
    LocalTime start = time(startsAt, "startsAt", "开始时间", errors);
    LocalTime end = time(endsAt, "endsAt", "结束时间", errors);
    LocalDate opens = date(registrationOpens, "registrationOpens", "报名开始日期", errors);
    LocalDate closes = date(registrationCloses, "registrationCloses", "报名截止日期", errors);
    Integer places = null;
    try {
      places = capacity == null ? null : Integer.valueOf(capacity.strip());
    } catch (NumberFormatException e) {
      places = null;
    }
    if (places == null || places < 1 || places > 10_000) {
      errors.put("capacity", "名额：请填写1至10000之间的整数");
    }
    if (day != null && day.isBefore(ChinaTime.today())) {
      errors.put("heldOn", "活动日期：不能早于今天");
    }
    if (start != null && end != null && !end.isAfter(start)) {
      errors.put("endsAt", "结束时间：须晚于开始时间");
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      errors.put("registrationCloses", "报名截止日期：须不早于报名开始日期");
    }
    if (closes != null && day != null && closes.isAfter(day)) {
      errors.put("registrationCloses", "报名截止日期：须不晚于活动日期");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                """
                insert into socialwork.open_day (region_code, title, place, description, held_on,
                       starts_at, ends_at, capacity, registration_opens, registration_closes,
                       slot_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) returning id""")
            .params(
                regionCode,
                title.strip(),
                place.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                day,
                start,
                end,
                places,
                opens,
                closes,
                by)
            .query(Long.class)
            .single();
    long resource = slots.resource(OWNER, id, title.strip());
    slots.open(List.of(new NewSlot(resource, day, start, end, places, false)));
    long slot = slots.openSlots(resource, day, day).get(0).id();
    jdbc.sql("update socialwork.open_day set slot_id = ? where id = ?").params(slot, id).update();
    audit.record(
        AuditEvent.success("socialwork.open_day.create", "open_day", String.valueOf(id), title));
    return id;
  }

  public Optional<OpenDay> find(long id) {
    return jdbc.sql(SELECT + " where d.id = ?").param(id).query(OpenDay.class).optional();
  }

  /** The open days of the caller's region subtree, paged. */
  public PageResult<OpenDay> list(RegionFilter scope, PageQuery page) {
    String where = " where (? or d.region_code = any(?))";
    long total =
        jdbc.sql("select count(*) from socialwork.open_day d" + where)
            .params(scope.unrestricted(), scope.codesArray())
            .query(Long.class)
            .single();
    List<OpenDay> items =
        jdbc.sql(
                "select * from ("
                    + SELECT
                    + where
                    + ") d order by "
                    + page.orderBy()
                    + ", d.id limit ? offset ?")
            .params(scope.unrestricted(), scope.codesArray(), page.size(), page.offset())
            .query(OpenDay.class)
            .list();
    return new PageResult<>(items, page, total);
  }

  /** The open days a citizen may see in the portal: those not yet past, soonest first. */
  public List<OpenDay> upcoming(LocalDate today) {
    return jdbc.sql(
            SELECT + " where d.held_on >= ? order by d.held_on, d.starts_at, d.id limit 100")
        .param(today)
        .query(OpenDay.class)
        .list();
  }

  /** The registrations of an open day (not the cancelled ones), by name. */
  public List<Registration> registrations(long openDayId) {
    return jdbc.sql(
            """
            select r.id, r.open_day_id, r.person_id, coalesce(p.name, '') as name, r.status,
                   r.rating, r.feedback
              from socialwork.open_day_registration r
              left join registry.person_fact p on p.id = r.person_id
             where r.open_day_id = ? and r.status <> 'CANCELLED'
             order by p.name, r.id""")
        .param(openDayId)
        .query(Registration.class)
        .list();
  }

  public Optional<Registration> registration(long registrationId) {
    return jdbc.sql(
            """
            select r.id, r.open_day_id, r.person_id, '' as name, r.status, r.rating, r.feedback
              from socialwork.open_day_registration r where r.id = ?""")
        .param(registrationId)
        .query(Registration.class)
        .optional();
  }

  /** A citizen's registrations, the latest open day first. */
  public List<MyRegistration> mine(long personId) {
    return jdbc.sql(
            """
            select r.id, r.open_day_id, d.title, d.place, d.held_on, d.starts_at, r.status, r.rating
              from socialwork.open_day_registration r
              join socialwork.open_day d on d.id = r.open_day_id
             where r.person_id = ?
             order by d.held_on desc, r.id desc""")
        .param(personId)
        .query(MyRegistration.class)
        .list();
  }

  /**
   * Registers a citizen: refused outside the registration window, a second time, or when the open
   * day is full (the booking engine decides).
   */
  @Transactional
  public long register(long openDayId, long personId) {
    OpenDay day = find(openDayId).orElseThrow(() -> new RecordNotFoundException("open day"));
    LocalDate today = ChinaTime.today();
    if (!day.registrationOpenOn(today)) {
      throw new Rejected("openDay", today.isBefore(day.registrationOpens()) ? "报名尚未开始" : "报名已截止");
    }
    boolean already =
        jdbc.sql(
                """
                select exists (select 1 from socialwork.open_day_registration
                                where open_day_id = ? and person_id = ? and status <> 'CANCELLED')""")
            .params(openDayId, personId)
            .query(Boolean.class)
            .single();
    if (already) {
      throw new Rejected("openDay", "您已报名该开放日，每人限报一次");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  "insert into socialwork.open_day_registration (open_day_id, person_id)"
                      + " values (?, ?) returning id")
              .params(openDayId, personId)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new Rejected("openDay", "您已报名该开放日，每人限报一次");
    }
    var reservation =
        reservations
            .book(slotOf(openDayId), HOLDER + id)
            .orElseThrow(() -> new Rejected("openDay", "名额已满"));
    jdbc.sql("update socialwork.open_day_registration set reservation_id = ? where id = ?")
        .params(reservation.id(), id)
        .update();
    audit.record(
        AuditEvent.success(
            "socialwork.open_day.register",
            "open_day_registration",
            String.valueOf(id),
            "open day " + openDayId));
    return id;
  }

  /** The citizen cancels a booked registration before the open day's date; the place is freed. */
  @Transactional
  public void cancel(long registrationId, long personId) {
    Registration r = own(registrationId, personId);
    OpenDay day = find(r.openDayId()).orElseThrow();
    if (r.status() != RegistrationStatus.BOOKED) {
      throw new Rejected("registration", "该报名已" + r.status().label() + "，不能取消");
    }
    if (!ChinaTime.today().isBefore(day.heldOn())) {
      throw new Rejected("registration", "活动当天及之后不能取消报名");
    }
    reservations.cancel(reservationOf(registrationId));
    setStatus(registrationId, RegistrationStatus.CANCELLED);
    audit.record(
        AuditEvent.success(
            "socialwork.open_day.cancel",
            "open_day_registration",
            String.valueOf(registrationId),
            null));
  }

  /** Staff mark a booked registration attended or not, from the open day's date on. */
  @Transactional
  public void markAttendance(long registrationId, boolean attended, String by) {
    Registration r =
        registration(registrationId).orElseThrow(() -> new RecordNotFoundException("registration"));
    OpenDay day = find(r.openDayId()).orElseThrow();
    if (ChinaTime.today().isBefore(day.heldOn())) {
      throw new Rejected("attendance", "活动尚未举行，不能登记到场");
    }
    if (r.status() != RegistrationStatus.BOOKED) {
      throw new Rejected("attendance", "该报名已" + r.status().label());
    }
    long reservation = reservationOf(registrationId);
    boolean changed =
        attended ? reservations.attend(reservation) : reservations.noShow(reservation);
    if (!changed) {
      throw new Rejected("attendance", "该报名已处理");
    }
    setStatus(registrationId, attended ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW);
    audit.record(
        AuditEvent.success(
            "socialwork.open_day.attendance",
            "open_day_registration",
            String.valueOf(registrationId),
            (attended ? "attended" : "no show") + " by " + by));
  }

  /** A visitor who attended gives feedback once: a rating 1–5 and a text. */
  @Transactional
  public void feedback(
      long registrationId, long personId, @Nullable String rating, @Nullable String text) {
    Registration r = own(registrationId, personId);
    if (r.status() != RegistrationStatus.ATTENDED) {
      throw new Rejected("rating", "到场参加活动后才能评价");
    }
    if (r.rating() != null) {
      throw new Rejected("rating", "您已评价过本次活动");
    }
    Integer stars = null;
    try {
      stars = rating == null ? null : Integer.valueOf(rating.strip());
    } catch (NumberFormatException e) {
      stars = null;
    }
    if (stars == null || stars < 1 || stars > 5) {
      throw new Rejected("rating", "评分：请选择1至5分");
    }
    String words = text == null || text.isBlank() ? null : text.strip();
    if (words != null && words.length() > 2000) {
      throw new Rejected("feedback", "意见建议：最多2000字");
    }
    jdbc.sql(
            """
            update socialwork.open_day_registration
               set rating = ?, feedback = ?, feedback_at = now()
             where id = ? and rating is null and status = 'ATTENDED'""")
        .params(stars, words, registrationId)
        .update();
    audit.record(
        AuditEvent.success(
            "socialwork.open_day.feedback",
            "open_day_registration",
            String.valueOf(registrationId),
            "rating " + stars));
    reportRated(r, stars, words);
  }

  /** 好差评: the visitor's feedback is the portal's rating of the open day (one, not two). */
  private void reportRated(Registration r, int stars, @Nullable String words) {
    events.publishEvent(
        jdbc.sql("select title, place, region_code, held_on from socialwork.open_day where id = ?")
            .param(r.openDayId())
            .query(
                (rs, n) ->
                    new ServiceCompleted(
                        "socialwork.open-day",
                        "民政开放日",
                        Long.toString(r.id()),
                        r.personId(),
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        stars,
                        words))
            .single());
  }

  /**
   * A citizen who died keeps no place: the registrations still booked for open days from {@code
   * diedOn} on are cancelled and their places freed; past ones stay. Idempotent: a second call
   * finds nothing booked. Answers how many were cancelled.
   */
  @Transactional
  public int cancelOfDeceased(long personId, LocalDate diedOn) {
    List<Long> booked =
        jdbc.sql(
                """
                select r.id from socialwork.open_day_registration r
                  join socialwork.open_day d on d.id = r.open_day_id
                 where r.person_id = ? and r.status = 'BOOKED' and d.held_on >= ?""")
            .params(personId, diedOn)
            .query(Long.class)
            .list();
    for (long id : booked) {
      reservations.cancel(reservationOf(id));
      setStatus(id, RegistrationStatus.CANCELLED);
      audit.record(
          AuditEvent.success(
              "socialwork.open_day.cancel", "open_day_registration", String.valueOf(id), "died"));
    }
    return booked.size();
  }

  private Registration own(long registrationId, long personId) {
    return registration(registrationId)
        .filter(r -> r.personId() == personId)
        .orElseThrow(() -> new RecordNotFoundException("registration"));
  }

  private long slotOf(long openDayId) {
    return jdbc.sql("select slot_id from socialwork.open_day where id = ?")
        .param(openDayId)
        .query(Long.class)
        .single();
  }

  private long reservationOf(long registrationId) {
    return jdbc.sql("select reservation_id from socialwork.open_day_registration where id = ?")
        .param(registrationId)
        .query(Long.class)
        .single();
  }

  private void setStatus(long registrationId, RegistrationStatus status) {
    jdbc.sql("update socialwork.open_day_registration set status = ? where id = ?")
        .params(status.name(), registrationId)
        .update();
  }

  private static @Nullable LocalDate date(
      @Nullable String value, String field, String label, Map<String, String> errors) {
    return FormDate.read(value, Span.ANY, field, label, errors);
  }

  private static @Nullable LocalTime time(
      @Nullable String value, String field, String label, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, label + "：必填");
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, label + "：请按 时:分 填写");
      return null;
    }
  }
}
