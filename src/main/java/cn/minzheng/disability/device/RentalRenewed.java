package cn.minzheng.disability.device;

import java.time.LocalDate;

/**
 * A renewal moved a rental's due date from {@code oldDue} to {@code newDue}; published inside the
 * renewal's transaction, handled after it committed ({@link RenewalArrears}).
 */
public record RentalRenewed(long rentalId, long personId, LocalDate oldDue, LocalDate newDue) {}
