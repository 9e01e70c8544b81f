/**
 * 预约引擎: the one slot-booking engine of the platform. Bookable resources of other modules (a
 * marriage registry office, a funeral home's memorial hall, a social-work open day), their time
 * slots with a capacity each, and seats taken, given back and moved atomically, never beyond the
 * capacity: a conditional update under the slot's row lock decides, the table's check constraint is
 * the last line, so no code path and no concurrency can overbook.
 *
 * <p>Why a module of its own and not a part of {@code shared} or {@code calendar}: the engine owns
 * data (schema {@code booking}: resources, slots, reservations) and its invariants live in that
 * schema, so it needs its own migrations and its own boundary; {@code shared} holds no tables, and
 * {@code calendar} answers which days are working days, a question every module asks, not who holds
 * a seat. The owners keep their own rules (who may book, parties, no-shows, messages): marriage
 * keeps its appointments and takes their seats through {@link cn.minzheng.booking.Slots}; owners
 * without a booking record of their own book through {@link cn.minzheng.booking.Reservations}.
 * Owners read slots in SQL only through the published views {@code booking.slot_fact} and {@code
 * booking.resource_fact}.
 *
 * <p>The slots were marriage's until the engine was shared (marriage V5 moved them here).
 */
@NullMarked
@ApplicationModule(
    displayName = "预约引擎",
    allowedDependencies = {})
package cn.minzheng.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
