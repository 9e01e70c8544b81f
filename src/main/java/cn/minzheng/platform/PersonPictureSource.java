package cn.minzheng.platform;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A module's part of a person's whole picture (benefits, cases, warnings, visits, bookings,
 * existence checks, life events, children's and disability cases). The picture page gathers every
 * source for one person or a household's members; it is inverted this way, like {@link
 * WorkQueueSource}, so that the registry shows it without depending on the modules that know the
 * person. A source answers for the persons asked, whatever the caller's region: the page has
 * checked the person's region first.
 */
@NamedInterface("shell")
public interface PersonPictureSource {

  /** The sections of the picture, in the order the page shows them. */
  List<String> SECTIONS =
      List.of("待遇发放", "救助案件", "预警", "走访", "服务预约", "生存认证", "生命事件", "儿童福利", "残疾人福利");

  /** At most this many entries per person set and source, newest first. */
  int LIMIT = 100;

  List<PictureEntry> entriesOf(Collection<Long> personIds);

  /**
   * One line of the picture.
   *
   * @param section one of {@link #SECTIONS}
   * @param date the day it happened or the month it is for (its first day)
   * @param title what it is, in Chinese (e.g. 低保 2026-11)
   * @param detail the figures or state, in Chinese (e.g. 1,200.00 元)
   * @param link the module's page of it, or {@code null}
   */
  record PictureEntry(
      String section,
      long personId,
      LocalDate date,
      String title,
      String detail,
      @Nullable String link) {}
}
