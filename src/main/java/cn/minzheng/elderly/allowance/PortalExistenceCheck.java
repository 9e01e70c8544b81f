package cn.minzheng.elderly.allowance;

import cn.minzheng.elderly.allowance.ExistenceChecks.Verifier;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.CitizenPhones;
import cn.minzheng.portal.FaceVerification;
import cn.minzheng.portal.FaceVerification.Outcome;
import cn.minzheng.portal.FaceVerification.Result;
import cn.minzheng.portal.FaceVerification.Started;
import cn.minzheng.portal.FaceVerification.Subject;
import cn.minzheng.portal.OneTimeCodeSender;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.Masking;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 生存认证 in the portal: the elder's face through the city's real-name authentication service ({@link
 * FaceVerification}, when one is configured), or the citizen's declaration that they (or an elderly
 * member of their current household) are alive, confirmed by a one-time code sent to the phone of
 * their own account. Either way the check is recorded as the citizen's own or the family's, and the
 * page shows until when it is valid.
 */
@Service
public class PortalExistenceCheck {

  static final Duration VALIDITY = Duration.ofMinutes(5);
  static final int MAX_TRIES = 5;

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final CitizenPhones phones;
  private final OneTimeCodeSender sender;
  private final FieldCipher cipher;
  private final ExistenceChecks checks;
  private final SilentExistenceChecks silent;
  private final ObjectProvider<FaceVerification> faces;
  private final CheckStatus status;
  private final AllowanceSettings settings;
  private final SecureRandom random = new SecureRandom();

  PortalExistenceCheck(
      JdbcClient jdbc,
      PersonDirectory persons,
      CitizenPhones phones,
      OneTimeCodeSender sender,
      FieldCipher cipher,
      ExistenceChecks checks,
      SilentExistenceChecks silent,
      ObjectProvider<FaceVerification> faces,
      CheckStatus status,
      AllowanceSettings settings) {
    this.silent = silent;
    this.faces = faces;
    this.status = status;
    this.settings = settings;
    this.jdbc = jdbc;
    this.persons = persons;
    this.phones = phones;
    this.sender = sender;
    this.cipher = cipher;
    this.checks = checks;
  }

  /**
   * A person the citizen may verify: themself or a current household member aged 60+.
   *
   * @param silentNote why no check is due, when the last check was a silent one
   *     ("已通过医保结算记录确认（2026-11-03）")
   * @param validUntil 认证有效期至, null before the first check ({@link #validUntil})
   */
  public record Candidate(
      long personId,
      String name,
      String maskedIdNumber,
      boolean self,
      String silentNote,
      LocalDate validUntil) {}

  public List<Candidate> candidates(Citizen citizen) {
    List<Candidate> result = new ArrayList<>();
    PersonSummary me =
        persons.find(citizen.personId()).orElseThrow(() -> new RecordNotFoundException("me"));
    int year = ChinaTime.today().getYear();
    if (me.alive() && year - me.birthDate().getYear() >= 60) {
      result.add(
          new Candidate(
              me.id(),
              me.name(),
              me.maskedIdNumber(),
              true,
              silent.lastSilentNote(me.id()).orElse(null),
              validUntil(me.id()).orElse(null)));
    }
    persons.householdOf(me.id()).map(HouseholdSummary::members).orElse(List.of()).stream()
        .filter(m -> m.personId() != me.id())
        .map(m -> persons.find(m.personId()).orElse(null))
        .filter(p -> p != null && p.alive() && year - p.birthDate().getYear() >= 60)
        .forEach(
            p ->
                result.add(
                    new Candidate(
                        p.id(),
                        p.name(),
                        p.maskedIdNumber(),
                        false,
                        silent.lastSilentNote(p.id()).orElse(null),
                        validUntil(p.id()).orElse(null))));
    return result;
  }

  private Candidate candidate(Citizen citizen, long personId) {
    return candidates(citizen).stream()
        .filter(c -> c.personId() == personId)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("person"));
  }

  /**
   * Sends a code to the account's own phone.
   *
   * @return the phone masked (138****5678), for the notice that the code was sent
   * @throws IllegalStateException within a minute of the last code
   */
  @Transactional
  public String sendCode(Citizen citizen, long personId) {
    candidate(citizen, personId);
    // one SMS a minute per account: codes cost money and must not become a way to flood a phone
    boolean recent =
        jdbc.sql(
                "select exists (select 1 from elderly.verification_code where account_id = ?"
                    + " and created_at > now() - interval '60 seconds')")
            .param(citizen.accountId())
            .query(Boolean.class)
            .single();
    if (recent) {
      throw new IllegalStateException("验证码已发送，请60秒后再获取");
    }
    String phone =
        phones.phoneOf(citizen.accountId()).orElseThrow(() -> new RecordNotFoundException("acc"));
    String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    Instant expires = Instant.now().plus(VALIDITY);
    jdbc.sql(
            "update elderly.verification_code set used_at = now()"
                + " where account_id = ? and person_id = ? and used_at is null")
        .params(citizen.accountId(), personId)
        .update();
    jdbc.sql(
            "insert into elderly.verification_code (account_id, person_id, code_hash, expires_at)"
                + " values (?, ?, ?, ?)")
        .params(
            citizen.accountId(), personId, hash(citizen, personId, code), Timestamp.from(expires))
        .update();
    sender.send(phone, code, Purpose.EXISTENCE_CHECK, expires);
    return Masking.phone(phone);
  }

  /** Records the check when the code matches; false (a try counted) otherwise. */
  @Transactional
  public boolean confirm(Citizen citizen, long personId, String code) {
    Candidate who = candidate(citizen, personId);
    var latest =
        jdbc.sql(
                """
                select id, code_hash from elderly.verification_code
                 where account_id = ? and person_id = ? and used_at is null and expires_at > now()
                 order by created_at desc, id desc limit 1 for update""")
            .params(citizen.accountId(), personId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
            .optional();
    if (latest.isEmpty() || code == null || !code.strip().matches("\\d{6}")) {
      return false;
    }
    long id = (Long) latest.get()[0];
    if (!MessageDigest.isEqual((byte[]) latest.get()[1], hash(citizen, personId, code.strip()))) {
      jdbc.sql(
              """
              update elderly.verification_code set attempts = attempts + 1,
                     used_at = case when attempts + 1 >= ? then now() else used_at end
               where id = ?""")
          .params(MAX_TRIES, id)
          .update();
      return false;
    }
    jdbc.sql("update elderly.verification_code set used_at = now() where id = ?")
        .param(id)
        .update();
    checks.record(
        personId,
        ChinaTime.today(),
        who.self() ? VerificationMethod.SELF : VerificationMethod.FAMILY,
        new Verifier(citizen.accountId(), null),
        who.self() ? "本人在线认证" : "家属在线代为认证");
    return true;
  }

  /**
   * 认证有效期至: the last day of the month in which the next check falls due — the check "须在该月内
   * 完成，逾期将自次月起暂停发放" (§6.2). For a recipient the staff list's due month (counted from the later of
   * the first paid month and the last check); for anyone else from the last check.
   */
  public Optional<LocalDate> validUntil(long personId) {
    Optional<LocalDate> due =
        status
            .ofPerson(personId, YearMonth.now(ChinaTime.ZONE))
            .map(CheckStatus.Row::dueMonth)
            .or(
                () ->
                    checks
                        .lastCheck(personId)
                        .map(last -> last.plusMonths(settings.verificationIntervalMonths())));
    return due.map(day -> YearMonth.from(day).atEndOfMonth());
  }

  /** The face step when a provider is configured; empty: the page offers the code only. */
  public Optional<FaceVerification> faceVerification() {
    return Optional.ofNullable(faces.getIfAvailable());
  }

  /**
   * Starts the face verification of a candidate; the verification is bound to the citizen's account
   * and the person, so that only this citizen's return records it.
   *
   * @return where the browser goes for the face capture
   */
  @Transactional
  public String startFace(Citizen citizen, long personId, String returnPath) {
    Candidate who = candidate(citizen, personId);
    FaceVerification face =
        faceVerification().orElseThrow(() -> new IllegalStateException("人脸识别认证暂未开通，请使用短信验证码认证"));
    Started started =
        face.start(new Subject(personId, who.name(), who.maskedIdNumber()), returnPath);
    jdbc.sql(
            """
            insert into elderly.face_verification (verification_id, account_id, person_id, expires_at)
            values (?, ?, ?, ?)""")
        .params(
            started.verificationId(),
            citizen.accountId(),
            personId,
            Timestamp.from(started.expiresAt()))
        .update();
    return started.captureUrl();
  }

  /** What became of a face verification, for the page. */
  public record FaceOutcome(long personId, Outcome outcome, String reason) {}

  /**
   * The citizen is back from the provider: asks it for the result and, when passed, records the
   * check (once: a second return shows the stored outcome and records nothing).
   *
   * @throws RecordNotFoundException a verification this account did not start
   */
  @Transactional
  public FaceOutcome finishFace(Citizen citizen, String verificationId) {
    record Bound(long personId, String outcome) {}
    Bound row =
        jdbc.sql(
                """
                select person_id, outcome from elderly.face_verification
                 where verification_id = ? and account_id = ? for update""")
            .params(verificationId, citizen.accountId())
            .query((rs, n) -> new Bound(rs.getLong(1), rs.getString(2)))
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("face verification"));
    if (row.outcome() != null) {
      return new FaceOutcome(row.personId(), Outcome.valueOf(row.outcome()), null);
    }
    Candidate who = candidate(citizen, row.personId());
    FaceVerification face =
        faceVerification().orElseThrow(() -> new RecordNotFoundException("face verification"));
    Result result = face.result(verificationId);
    if (result.outcome() == Outcome.PENDING) {
      return new FaceOutcome(row.personId(), Outcome.PENDING, null);
    }
    jdbc.sql(
            """
            update elderly.face_verification set outcome = ?, reason = ?, finished_at = now()
             where verification_id = ?""")
        .params(result.outcome().name(), result.reason(), verificationId)
        .update();
    if (result.outcome() == Outcome.PASSED) {
      checks.record(
          row.personId(),
          ChinaTime.today(),
          who.self() ? VerificationMethod.SELF : VerificationMethod.FAMILY,
          new Verifier(citizen.accountId(), null),
          (who.self() ? "本人" : "家属协助") + "人脸识别认证" + (face.standIn() ? "（开发环境模拟）" : ""));
    }
    return new FaceOutcome(row.personId(), result.outcome(), result.reason());
  }

  private byte[] hash(Citizen citizen, long personId, String code) {
    return cipher.blindIndex("elderly-otp:" + citizen.accountId() + ":" + personId + ":" + code);
  }
}
