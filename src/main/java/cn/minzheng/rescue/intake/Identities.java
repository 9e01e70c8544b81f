package cn.minzheng.rescue.intake;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an unidentified person is: temporary records staff recognise as the same person are linked
 * into one group (the oldest record is its root), and a group whose identity is found is merged
 * into the registry person — every intake of the group then carries the person, keeping its
 * temporary number, services, searches and exit, so nothing of the rescue history is lost.
 *
 * <p>The registry person must exist: a person not yet registered is registered first through the
 * registry's own page (its checks, history and audit), and then identified here. No new registry
 * command was needed.
 */
@Service
public class Identities {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final AuditLog audit;

  private final DataScope scope;

  Identities(JdbcClient jdbc, PersonDirectory persons, AuditLog audit, DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.persons = persons;
    this.audit = audit;
  }

  /** A temporary record as the detail page shows it. */
  public record Unidentified(
      long id,
      String temporaryNo,
      long stationId,
      String description,
      ApparentSex sex,
      int estimatedAge,
      Long sameAsId,
      Long identifiedPersonId) {}

  public Optional<Unidentified> find(long id) {
    return jdbc.sql(
            """
            select id, temporary_no, station_id, description, sex, estimated_age, same_as_id,
                   identified_person_id
              from rescue.unidentified where id = ?""")
        .param(id)
        .query(Unidentified.class)
        .optional();
  }

  /** A temporary record by its number, when its station lies in the caller's scope. */
  public Optional<Unidentified> findByTemporaryNo(String temporaryNo, Predicate<String> inScope) {
    return jdbc.sql("select id from rescue.unidentified where temporary_no = ?")
        .param(temporaryNo == null ? "" : temporaryNo.trim())
        .query(Long.class)
        .optional()
        .filter(id -> regionOf(id).filter(inScope).isPresent())
        .flatMap(this::find);
  }

  /** The region of the station a temporary record was made at (its scope). */
  public Optional<String> regionOf(long unidentifiedId) {
    return jdbc.sql(
            """
            select s.region_code from rescue.unidentified u
              join rescue.station s on s.id = u.station_id where u.id = ?""")
        .param(unidentifiedId)
        .query(String.class)
        .optional();
  }

  /**
   * Staff confirm that the stay's temporary record and the record {@code otherTemporaryNo} are one
   * person: both groups become one, and an identity known to either applies to all.
   */
  @Transactional
  public void link(IntakeRow stay, String otherTemporaryNo, Predicate<String> inScope, String by) {
    if (stay.unidentifiedId() == null) {
      throw new InvalidInput("temporaryNo", "临时编号：本次救助不是身份不明人员登记");
    }
    String no = Inputs.text("temporaryNo", "临时编号", otherTemporaryNo, 40);
    Unidentified other =
        findByTemporaryNo(no, inScope)
            .orElseThrow(() -> new InvalidInput("temporaryNo", "临时编号：未找到 " + no));
    Unidentified mine = find(stay.unidentifiedId()).orElseThrow();
    long rootA = root(mine);
    long rootB = root(other);
    if (rootA == rootB) {
      throw new InvalidInput("temporaryNo", "临时编号：两条记录已关联为同一人");
    }
    Long personA = identityOf(rootA);
    Long personB = identityOf(rootB);
    if (personA != null && personB != null && !personA.equals(personB)) {
      throw new InvalidInput("temporaryNo", "临时编号：两条记录已查明为不同的人，不能关联");
    }
    long root = Math.min(rootA, rootB);
    jdbc.sql(
            """
            update rescue.unidentified
               set same_as_id = case when id = :root then null else :root end
             where coalesce(same_as_id, id) in (:a, :b)""")
        .param("root", root)
        .param("a", rootA)
        .param("b", rootB)
        .update();
    jdbc.sql("update rescue.unidentified set linked_by = ?, linked_at = now() where id = ?")
        .params(by, mine.id())
        .update();
    Long person = personA != null ? personA : personB;
    int moved = person == null ? 0 : applyIdentity(root, person, by);
    audit.record(
        AuditEvent.success(
            "rescue.unidentified.link",
            "rescue_unidentified",
            String.valueOf(mine.id()),
            "same person as "
                + no
                + (person == null ? "" : "; person " + person + ", intakes " + moved)));
  }

  /**
   * Identifies the stay's temporary group as the registry person with this ID number: every intake
   * of every linked record moves to the person. Answers the number of intakes moved.
   */
  @Transactional
  public int identify(IntakeRow stay, String idNumber, String by) {
    if (stay.unidentifiedId() == null) {
      throw new InvalidInput("idNumber", "身份证号：本次救助的身份已明确");
    }
    Unidentified mine = find(stay.unidentifiedId()).orElseThrow();
    long root = root(mine);
    if (identityOf(root) != null) {
      throw new InvalidInput("idNumber", "身份证号：此人身份已查明");
    }
    IdCardNo id;
    try {
      id = IdCardNo.parse(idNumber == null ? "" : idNumber.trim());
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput("idNumber", "身份证号：" + e.getMessage());
    }
    PersonSummary person =
        persons
            .findByIdNumber(id)
            .orElseThrow(
                () -> new InvalidInput("idNumber", "身份证号：人口库中没有此人，请先在人口库登记此人（户籍不在本市的也可登记），再确认身份"));
    int moved = applyIdentity(root, person.id(), by);
    audit.record(
        AuditEvent.success(
            "rescue.unidentified.identify",
            "rescue_unidentified",
            String.valueOf(root),
            "person " + person.id() + "; intakes moved " + moved + ": " + intakesOf(root)));
    return moved;
  }

  /** The temporary numbers of the group of a record, root first. */
  public List<String> groupNumbers(long unidentifiedId) {
    long root = root(find(unidentifiedId).orElseThrow());
    return jdbc.sql(
            """
            select temporary_no from rescue.unidentified
             where coalesce(same_as_id, id) = ? order by id""")
        .param(root)
        .query(String.class)
        .list();
  }

  /**
   * Every intake of the group, at whichever station (linked records may have been taken in outside
   * the caller's row scope), moves to the person.
   */
  private int applyIdentity(long root, long personId, String by) {
    return scope.acrossRegions(() -> applyIdentityAcrossStations(root, personId, by));
  }

  private int applyIdentityAcrossStations(long root, long personId, String by) {
    jdbc.sql(
            """
            update rescue.unidentified
               set identified_person_id = ?, identified_by = ?, identified_at = now()
             where coalesce(same_as_id, id) = ?""")
        .params(personId, by, root)
        .update();
    return jdbc.sql(
            """
            update rescue.intake set person_id = ?
             where unidentified_id in (select id from rescue.unidentified
                                        where coalesce(same_as_id, id) = ?)""")
        .params(personId, root)
        .update();
  }

  private List<Long> intakesOf(long root) {
    return scope.acrossRegions(() -> intakesOfGroup(root));
  }

  private List<Long> intakesOfGroup(long root) {
    return jdbc.sql(
            """
            select i.id from rescue.intake i join rescue.unidentified u on u.id = i.unidentified_id
             where coalesce(u.same_as_id, u.id) = ? order by i.id""")
        .param(root)
        .query(Long.class)
        .list();
  }

  private Long identityOf(long root) {
    return jdbc.sql("select identified_person_id from rescue.unidentified where id = ?")
        .param(root)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private static long root(Unidentified u) {
    return u.sameAsId() != null ? u.sameAsId() : u.id();
  }
}
