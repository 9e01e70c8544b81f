package cn.minzheng.marriage.domain.booking;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.shared.ChinaTime;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, cancels and reschedules appointments. The seat is taken by a conditional update in the
 * same transaction as the insert, and a partial unique index keeps a person to one active booking:
 * the database, not this code, guarantees both under concurrency.
 */
@Service
@Transactional
public class BookingService {

  private static final char[] CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AppointmentStore store;
  private final BookingRules rules;
  private final NoShowRule noShows;
  private final AuditLog audit;
  private final BookingNotices notices;

  BookingService(
      AppointmentStore store,
      BookingRules rules,
      NoShowRule noShows,
      AuditLog audit,
      BookingNotices notices) {
    this.store = store;
    this.rules = rules;
    this.noShows = noShows;
    this.audit = audit;
    this.notices = notices;
  }

  public Appointment book(BookingRequest request) {
    BookingRules.Parties parties =
        rules.parties(request.citizenPersonId(), request.firstIdNumber(), request.secondIdNumber());
    Party first = parties.first();
    Party second = parties.second();
    LocalDate today = ChinaTime.today();
    // the slot and the parties' histories in one round trip, then the rules in the form's order
    AppointmentStore.SlotAndHistories read =
        store.slotAndHistories(request.slotId(), first, second, noShows.lookBackFrom(today));
    Slot slot = bookable(read.slot());
    if (slot.free() <= 0) {
      // seen full without a lock: refused before any work; a seat seen free is still taken last
      throw new BookingRejectedException("slotId", "该时段已约满，请选择其他时段");
    }
    rules.check(request.type(), first, second, slot.day());
    PartyHistories histories = read.histories();
    if (request.citizenAccountId() != null) {
      requireNotBlocked(histories.noShowDays(first), today);
      requireNotBlocked(histories.noShowDays(second), today);
    }
    requireNoActiveBooking(histories.hasActive(first), "firstIdNumber");
    requireNoActiveBooking(histories.hasActive(second), "secondIdNumber");
    Appointment booked;
    try {
      booked =
          store.insertBooking(
              slot, request.type(), newCode(), request.citizenAccountId(), first, second);
    } catch (DuplicateKeyException e) {
      if (!String.valueOf(e.getMessage()).contains(AppointmentStore.ONE_ACTIVE_PER_PERSON)) {
        throw e;
      }
      // A racing booking of the same person won: this transaction rolls back.
      throw new BookingRejectedException(null, "当事人已有未完成的预约，不能重复预约");
    }
    notices.booked(booked, registered(first, second));
    audit.record(
        AuditEvent.success("marriage.booking.create", "appointment", "" + booked.id(), null));
    // Last statement: the seat's row lock is held until commit and every booking of the slot
    // queues on it (the opening minute of a peak day); a full slot rolls back all of the above.
    if (!store.takeSeat(slot.id())) {
      throw new BookingRejectedException("slotId", "该时段已约满，请选择其他时段");
    }
    return booked;
  }

  /** Cancels an active booking; its seat is offered again at once. */
  public void cancel(long appointmentId) {
    cancel(find(appointmentId), "marriage.booking.cancel", null);
  }

  /**
   * The office cancels a booking (closed day, emergency): audited with the reason, and the parties
   * get a message, so that no booking is ever lost silently.
   */
  public void cancelByOffice(long appointmentId, String reason) {
    Appointment a = find(appointmentId);
    cancel(a, "marriage.booking.cancel-by-office", reason);
    notices.cancelledByOffice(a, reason);
  }

  /**
   * A party's death cancels the booking as the office does (seat released, parties told), marked as
   * cancelled by the death so that a withdrawal of the death can give it back.
   */
  public void cancelForDeath(long appointmentId, String reason) {
    cancelByOffice(appointmentId, reason);
    store.markDeathCancellation(appointmentId, "CANCELLED");
  }

  /** The bookings a person's death cancelled that a withdrawal of the death has not given back. */
  @Transactional(readOnly = true)
  public List<Long> cancelledByDeathOf(long personId) {
    return store.cancelledByDeathOf(personId);
  }

  /** What a withdrawn death did to a booking it had cancelled. */
  public enum Restoration {
    /** Booked again on its own slot, with its code; the parties are told. */
    RESTORED,
    /**
     * Not booked again — the slot's day has come or passed, the slot is full or closed, or a party
     * has booked another appointment since — the parties are asked to book again (with a link).
     */
    REBOOK_ASKED
  }

  /**
   * Gives back a booking a death cancelled, once the death is withdrawn: on its own slot when that
   * lies after today, has a free seat and no party holds another booking; otherwise the parties get
   * a message with a link to book again. Only a booking marked as cancelled by the death is touched
   * (never one the citizen or the office cancelled); the mark changes, so a repeated withdrawal
   * finds nothing to do (empty).
   */
  public Optional<Restoration> restoreAfterDeathWithdrawn(long appointmentId) {
    if (!store.lockCancelledByDeath(appointmentId)) {
      return Optional.empty();
    }
    Appointment a = find(appointmentId);
    boolean restored =
        a.day().isAfter(ChinaTime.today())
            && !store.partyBookedElsewhere(a.id())
            && store.takeSeat(a.slotId());
    if (restored) {
      store.changeStatus(a.id(), AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED);
      store.markDeathCancellation(a.id(), "RESTORED");
      audit.record(
          AuditEvent.success(
              "marriage.booking.restore", "appointment", "" + a.id(), "death withdrawn"));
      notices.restored(a);
      return Optional.of(Restoration.RESTORED);
    }
    store.markDeathCancellation(a.id(), "REBOOK_ASKED");
    notices.askedToBookAgain(a);
    return Optional.of(Restoration.REBOOK_ASKED);
  }

  private void cancel(Appointment a, String action, String reason) {
    if (!store.changeStatus(a.id(), AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED)) {
      throw new BookingRejectedException(null, "该预约当前状态不能取消");
    }
    store.releaseSeat(a.slotId());
    audit.record(AuditEvent.success(action, "appointment", "" + a.id(), reason));
  }

  /** A citizen cancels one of the bookings made from the own account (others: "not found"). */
  public void cancelByCitizen(long accountId, long appointmentId) {
    if (!store.bookedBy(appointmentId, accountId)) {
      throw new RecordNotFoundException("appointment");
    }
    cancel(appointmentId);
  }

  /** A citizen moves one of the bookings made from the own account. */
  public Appointment rescheduleByCitizen(long accountId, long appointmentId, long newSlotId) {
    if (!store.bookedBy(appointmentId, accountId)) {
      throw new RecordNotFoundException("appointment");
    }
    return reschedule(appointmentId, newSlotId);
  }

  /** The own booking of a citizen account, or "not found". */
  @Transactional(readOnly = true)
  public Appointment findOwn(long accountId, long appointmentId) {
    if (!store.bookedBy(appointmentId, accountId)) {
      throw new RecordNotFoundException("appointment");
    }
    return find(appointmentId);
  }

  /** Moves a booking to another slot: the new seat first, then the old one is given back. */
  public Appointment reschedule(long appointmentId, long newSlotId) {
    Appointment a = find(appointmentId);
    if (a.status() != AppointmentStatus.BOOKED) {
      throw new BookingRejectedException(null, "该预约当前状态不能改约");
    }
    Slot slot = bookableSlot(newSlotId);
    if (slot.id() == a.slotId()) {
      return a;
    }
    if (!store.takeSeat(slot.id())) {
      throw new BookingRejectedException("slotId", "该时段已约满，请选择其他时段");
    }
    store.moveToSlot(a.id(), slot);
    store.releaseSeat(a.slotId());
    audit.record(
        AuditEvent.success(
            "marriage.booking.reschedule", "appointment", "" + a.id(), "slot " + slot.id()));
    Appointment moved = find(a.id());
    notices.moved(moved);
    return moved;
  }

  @Transactional(readOnly = true)
  public Appointment find(long appointmentId) {
    return store.find(appointmentId).orElseThrow(() -> new RecordNotFoundException("appointment"));
  }

  @Transactional(readOnly = true)
  public List<Appointment> ofAccount(long accountId) {
    return store.ofAccount(accountId);
  }

  /** Bookings the citizen is a party of, made by the other party or at the counter (read only). */
  @Transactional(readOnly = true)
  public List<Appointment> ofPartyBookedByOthers(long personId, long accountId) {
    return store.ofPartyBookedByOthers(personId, accountId);
  }

  @Transactional(readOnly = true)
  public List<Slot> slots(long officeId, LocalDate from, LocalDate to) {
    return store.freeSlots(officeId, from, to);
  }

  private Slot bookableSlot(long slotId) {
    return bookable(store.slot(slotId));
  }

  private static Slot bookable(Optional<Slot> found) {
    Slot slot = found.orElseThrow(() -> new BookingRejectedException("slotId", "所选时段不存在"));
    if (!slot.day().isAfter(ChinaTime.today())) {
      throw new BookingRejectedException("slotId", "只能预约明天及以后的时段");
    }
    return slot;
  }

  private void requireNotBlocked(List<LocalDate> noShowDays, LocalDate today) {
    if (noShows.blocks(noShowDays, today)) {
      throw new BookingRejectedException(null, "因多次预约未到场，暂停网上预约，请到登记处现场办理");
    }
  }

  private static void requireNoActiveBooking(boolean active, String field) {
    if (active) {
      throw new BookingRejectedException(field, "当事人已有未完成的预约，不能重复预约");
    }
  }

  /**
   * The parties' registry persons, first party first (parties unknown to the registry left out).
   */
  private static List<Long> registered(Party first, Party second) {
    return java.util.stream.Stream.of(first, second)
        .flatMap(p -> p.registered().stream())
        .map(cn.minzheng.registry.PersonSummary::id)
        .toList();
  }

  private static String newCode() {
    char[] code = new char[10];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_CHARS[RANDOM.nextInt(CODE_CHARS.length)];
    }
    return new String(code);
  }
}
