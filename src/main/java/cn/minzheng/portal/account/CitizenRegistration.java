package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with real-name check: the phone proven by a one-time code, then name and ID number
 * matched against the registry. No match is refused at once, never kept pending: a pending account
 * would let anybody hold on to someone else's ID number, and the registry is the only source of
 * truth a citizen can correct (at the community office).
 */
@Service
public class CitizenRegistration {

  static final String NO_MATCH = "姓名或身份证号码与人口库登记信息不符，请核对后重试；如登记信息有误，请到户籍所在社区核实";
  static final String ALREADY_REGISTERED = "该身份证号码已注册账户，请直接登录";
  static final String PHONE_TAKEN = "该手机号已绑定其他账户";
  static final String BAD_CODE = "验证码错误或已过期，请重新获取";
  static final String NO_CONSENT = "请阅读《个人信息保护告知书》，勾选同意后再注册";
  static final String NO_SENSITIVE_CONSENT = "请勾选单独同意处理身份证号码等敏感个人信息后再注册";

  private final PersonDirectory persons;
  private final CitizenAccountStore accounts;
  private final OneTimeCodes codes;
  private final FieldCipher cipher;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final PrivacyConsents consents;

  CitizenRegistration(
      PersonDirectory persons,
      CitizenAccountStore accounts,
      OneTimeCodes codes,
      FieldCipher cipher,
      PortalPasswords passwords,
      AuditLog audit,
      PrivacyConsents consents) {
    this.consents = consents;
    this.persons = persons;
    this.accounts = accounts;
    this.codes = codes;
    this.cipher = cipher;
    this.passwords = passwords.encoder();
    this.audit = audit;
  }

  @Transactional
  public RegistrationResult register(String phone, RegistrationForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = CitizenNames.normalise(form.name());
    if (name.isEmpty()) {
      errors.put("name", "请填写姓名");
    } else if (name.codePointCount(0, name.length()) > 60) {
      errors.put("name", "姓名过长");
    }
    IdCardNo id = parseId(form.idNumber(), errors);
    PasswordRules.check(form.password(), form.passwordConfirmation(), errors);
    if (phone == null) {
      errors.put("phone", "请先验证手机号");
    }
    if (form.code() == null || form.code().isBlank()) {
      errors.put("code", "请填写短信验证码");
    }
    // PIPL arts. 14 and 29: an explicit tick each, never ticked in advance, or no account
    if (!form.consent()) {
      errors.put("consent", NO_CONSENT);
    }
    if (!form.sensitiveConsent()) {
      errors.put("sensitiveConsent", NO_SENSITIVE_CONSENT);
    }
    if (!errors.isEmpty()) {
      return RegistrationResult.refused(errors);
    }
    if (!codes.consume(phone, Purpose.REGISTER, form.code())) {
      return refused("code", BAD_CODE, "bad code");
    }
    Optional<PersonSummary> person = persons.findByIdNumber(id);
    if (person.isEmpty()
        || !person.get().alive()
        || !CitizenNames.same(person.get().name(), name)) {
      return refused("idNumber", NO_MATCH, "no registry match");
    }
    return create(person.get().id(), phone, form.password());
  }

  private RegistrationResult create(long personId, String phone, String password) {
    if (accounts.existsForPerson(personId)) {
      return refused("idNumber", ALREADY_REGISTERED, "person already has an account");
    }
    byte[] phoneIndex = cipher.blindIndex(phone);
    if (accounts.existsForPhone(phoneIndex)) {
      return refused("phone", PHONE_TAKEN, "phone already used");
    }
    long accountId;
    try {
      accountId =
          accounts.insert(personId, cipher.encrypt(phone), phoneIndex, passwords.encode(password));
    } catch (DuplicateKeyException raced) {
      return refused("idNumber", ALREADY_REGISTERED, "person already has an account");
    }
    consents.recordAtRegistration(accountId);
    audit.record(
        AuditEvent.success(
            "portal.register",
            "citizen_account",
            String.valueOf(accountId),
            "privacy notice " + PrivacyConsents.NOTICE_VERSION + " and sensitive data consented"));
    return RegistrationResult.registered(new Citizen(accountId, personId));
  }

  private RegistrationResult refused(String field, String message, String reason) {
    audit.record(
        new AuditEvent("portal.register", "citizen_account", null, Outcome.FAILURE, reason));
    return RegistrationResult.refused(Map.of(field, message));
  }

  private static IdCardNo parseId(String raw, Map<String, String> errors) {
    if (raw == null || raw.isBlank()) {
      errors.put("idNumber", "请填写身份证号码");
      return null;
    }
    try {
      return IdCardNo.parse(raw);
    } catch (InvalidIdCardNoException e) {
      errors.put("idNumber", e.reason().message());
      return null;
    }
  }
}
