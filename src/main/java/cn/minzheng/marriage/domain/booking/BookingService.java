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
import org.springframework.transaction.annotation.Propagation;
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
  private static final String ACTIVE_BOOKING = "当事人已有未完成的预约，不能重复预约";
  private static final String NO_SUCH_SLOT = "所选时段不存在";
  private static final String NOT_AHEAD = "只能预约明天及以后的时段";
  private static final String SLOT_FULL = "该时段已约满，请选择其他时段";

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

  /**
   * Books in one statement ({@code marriage.book}): after the rules that need neither the registry,
   * the slot nor the parties' bookings, the statement looks both parties up in the registry's
   * published view, checks the rest, takes the seat, inserts the appointment and the outbox row of
   * its messages and audit entry (sent by {@link BookingOutbox} after the commit). Outside a
   * caller's transaction it runs in autocommit, so a booking is one round trip and the slot's row
   * lock, which every booking of a hot slot queues on, is held for that one statement and not for a
   * further round trip to commit; inside one (an Idempotency-Key) it joins.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Appointment book(BookingRequest request) {
    BookingRules.Parties parties =
        rules.parties(
            request.citizenPersonId(),
            request.type(),
            request.firstIdNumber(),
            request.secondIdNumber());
    Party first = parties.first();
    Party second = parties.second();
    AppointmentStore.Booked booked;
    try {
      booked =
          store.book(
              request.slotId(),
              request.type(),
              newCode(),
              request.citizenAccountId(),
              ChinaTime.today(),
              request.citizenPersonId(),
              toBook(request.type(), first),
              toBook(request.type(), second),
              noShows,
              audit.witness());
    } catch (DuplicateKeyException e) {
      if (!String.valueOf(e.getMessage()).contains(AppointmentStore.ONE_ACTIVE_PER_PERSON)) {
        throw e;
      }
      // A racing booking of the same person won: the statement was undone, seat and all.
      throw new BookingRejectedException(null, ACTIVE_BOOKING);
    }
    if (booked.refusal() != null) {
      throw refused(booked.refusal(), first, second);
    }
    return booked.appointment();
  }

  private static AppointmentStore.PartyToBook toBook(AppointmentType type, Party party) {
    return new AppointmentStore.PartyToBook(party, BookingRules.legalAgeFrom(type, party.id()));
  }

  /** The same messages and fields as when each rule was checked here, one round trip at a time. */
  private static BookingRejectedException refused(
      AppointmentStore.Refusal refusal, Party first, Party second) {
    return switch (refusal) {
      case OWN_MISMATCH -> BookingRules.ownNumberMismatch();
      case FIRST_MARRIED -> BookingRules.recordedMarried("firstIdNumber");
      case SECOND_MARRIED -> BookingRules.recordedMarried("secondIdNumber");
      case SLOT_MISSING -> new BookingRejectedException("slotId", NO_SUCH_SLOT);
      case SLOT_PAST -> new BookingRejectedException("slotId", NOT_AHEAD);
      case FULL -> new BookingRejectedException("slotId", SLOT_FULL);
      case FIRST_UNDERAGE -> BookingRules.underAge("firstIdNumber", first.id());
      case SECOND_UNDERAGE -> BookingRules.underAge("secondIdNumber", second.id());
      case BLOCKED -> new BookingRejectedException(null, "因多次预约未到场，暂停网上预约，请到登记处现场办理");
      case FIRST_ACTIVE -> new BookingRejectedException("firstIdNumber", ACTIVE_BOOKING);
      case SECOND_ACTIVE -> new BookingRejectedException("secondIdNumber", ACTIVE_BOOKING);
    };
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
      throw new BookingRejectedException("slotId", SLOT_FULL);
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
    Slot slot = found.orElseThrow(() -> new BookingRejectedException("slotId", NO_SUCH_SLOT));
    if (!slot.day().isAfter(ChinaTime.today())) {
      throw new BookingRejectedException("slotId", NOT_AHEAD);
    }
    return slot;
  }

  private static String newCode() {
    char[] code = new char[10];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_CHARS[RANDOM.nextInt(CODE_CHARS.length)];
    }
    return new String(code);
  }
}
