package cn.minzheng.marriage.domain.offices;

import cn.minzheng.booking.Slots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An office is a resource of the booking engine ({@link #OWNER}, office id): its slots and seats
 * live there, marriage keeps who may book and the appointments.
 */
@Service
public class OfficeSlots {

  /** The owner name of marriage offices in the booking engine (booking.slot_fact.owner). */
  public static final String OWNER = "marriage.office";

  private final Slots slots;
  private final JdbcClient jdbc;

  OfficeSlots(Slots slots, JdbcClient jdbc) {
    this.slots = slots;
    this.jdbc = jdbc;
  }

  /** The engine's resource of an office, registered on first use. */
  public long resourceOf(long officeId) {
    return slots
        .resourceOf(OWNER, officeId)
        .orElseGet(
            () ->
                slots.resource(
                    OWNER,
                    officeId,
                    jdbc.sql("select name from marriage.office where id = ?")
                        .param(officeId)
                        .query(String.class)
                        .optional()
                        .orElse("婚姻登记处 " + officeId)));
  }
}
