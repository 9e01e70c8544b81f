/**
 * Platform: security (staff, citizens' sessions, service accounts), data scope, the audit log,
 * field encryption, the web shell (layout, menu, work queue, errors) and the embedded database.
 *
 * <p>Its top-level types are the API other modules use, in named interfaces; a module declares
 * which it uses ({@code "platform :: security"}) and {@code ApplicationModules.verify()} holds it
 * to that:
 *
 * <ul>
 *   <li>{@code security}: who is calling and what they may see — {@link
 *       cn.minzheng.platform.CurrentUser}, {@link cn.minzheng.platform.StaffUser} (at a {@link
 *       cn.minzheng.platform.StaffLevel}), {@link cn.minzheng.platform.Role}, {@link
 *       cn.minzheng.platform.DataScope} with {@link cn.minzheng.platform.RegionFilter} and {@link
 *       cn.minzheng.platform.RegionHierarchy}, {@link cn.minzheng.platform.RecordNotFoundException}
 *       (out of scope reads as not found), {@link cn.minzheng.platform.StaffDirectory} and the
 *       authentication tokens;
 *   <li>{@code audit}: {@link cn.minzheng.platform.AuditLog};
 *   <li>{@code crypto}: {@link cn.minzheng.platform.FieldCipher} (SM4-GCM, blind index);
 *   <li>{@code shell}: what a module adds to the web shell — {@link cn.minzheng.platform.MenuItem}
 *       (with {@link cn.minzheng.platform.MenuAvailability} where a group needs an office), {@link
 *       cn.minzheng.platform.Breadcrumb}, {@link cn.minzheng.platform.WorkQueueSource} with the one
 *       work-queue query {@link cn.minzheng.platform.PendingWork}, a module's part of a person's
 *       whole picture ({@link cn.minzheng.platform.PersonPictureSource}), paging ({@link
 *       cn.minzheng.platform.PageQuery}, {@link cn.minzheng.platform.PageResult}), the label
 *       dictionary's tables ({@link cn.minzheng.platform.CodeTable}) and the names of persons it
 *       shows ({@link cn.minzheng.platform.PersonNames}, implemented by {@code registry});
 *   <li>{@code problems}: the errors a module's rules throw and pages and the API answer alike —
 *       {@link cn.minzheng.platform.ProblemException} and {@link cn.minzheng.platform.InvalidInput}
 *       (a field named, RFC 9457 problem details in the API), {@link
 *       cn.minzheng.platform.DateField} (a typed date or month read by the plausible-date rule);
 *   <li>{@code locks}: {@link cn.minzheng.platform.MonthLock}, the runs of one month of one piece
 *       of monthly work (payments, subsidies, allowances) taking turns;
 *   <li>{@code jobs}: long work (imports, month runs) recorded and shown as it goes — {@link
 *       cn.minzheng.platform.JobRuns} with a module's {@link cn.minzheng.platform.JobKind}s, the
 *       run's {@link cn.minzheng.platform.JobProgress} and {@link cn.minzheng.platform.JobOutcome},
 *       the recorded {@link cn.minzheng.platform.JobRun}.
 * </ul>
 *
 * <p>No module declares plain {@code "platform"}: a new public type without {@code @NamedInterface}
 * is usable by no other module until it is put into one of these.
 *
 * <p>The working calendar was part of it and is now the module {@code calendar}.
 */
@NullMarked
@ApplicationModule(displayName = "平台", allowedDependencies = "shared")
package cn.minzheng.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
