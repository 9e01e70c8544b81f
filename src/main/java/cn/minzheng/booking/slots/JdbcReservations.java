package cn.minzheng.booking.slots;

import cn.minzheng.booking.Reservation;
import cn.minzheng.booking.Reservations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reservations: each change one statement, seat and status together. */
@Service
@Transactional
class JdbcReservations implements Reservations {

  private final JdbcClient jdbc;

  JdbcReservations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Reservation> book(long slotId, String holder) {
    return jdbc.sql(
            """
            with seat as (
              update booking.slot set booked = booked + 1
               where id = ? and booked < capacity and not closed
              returning id)
            insert into booking.reservation (slot_id, holder)
            select id, ? from seat
            returning id, slot_id, holder, status""")
        .params(slotId, holder)
        .query(JdbcReservations::row)
        .optional();
  }

  @Override
  public boolean cancel(long reservationId) {
    return jdbc.sql(
                """
                with cancelled as (
                  update booking.reservation set status = 'CANCELLED', changed_at = now()
                   where id = ? and status = 'BOOKED'
                  returning slot_id)
                update booking.slot s set booked = s.booked - 1
                  from cancelled c
                 where s.id = c.slot_id""")
            .param(reservationId)
            .update()
        == 1;
  }

  @Override
  public boolean attend(long reservationId) {
    return close(reservationId, Reservation.Status.ATTENDED);
  }

  @Override
  public boolean noShow(long reservationId) {
    return close(reservationId, Reservation.Status.NO_SHOW);
  }

  private boolean close(long reservationId, Reservation.Status to) {
    return jdbc.sql(
                "update booking.reservation set status = ?, changed_at = now()"
                    + " where id = ? and status = 'BOOKED'")
            .params(to.name(), reservationId)
            .update()
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Reservation> find(long reservationId) {
    return jdbc.sql("select id, slot_id, holder, status from booking.reservation where id = ?")
        .param(reservationId)
        .query(JdbcReservations::row)
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Reservation> ofSlot(long slotId) {
    return jdbc.sql(
            "select id, slot_id, holder, status from booking.reservation where slot_id = ?"
                + " order by id")
        .param(slotId)
        .query(JdbcReservations::row)
        .list();
  }

  private static Reservation row(ResultSet rs, int n) throws SQLException {
    return new Reservation(
        rs.getLong("id"),
        rs.getLong("slot_id"),
        rs.getString("holder"),
        Reservation.Status.valueOf(rs.getString("status")));
  }
}
