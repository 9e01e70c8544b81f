package cn.minzheng.calendar.days;

/** A calendar entry that breaks a rule; the message names the field in Chinese. */
class CalendarRuleViolation extends RuntimeException {

  CalendarRuleViolation(String message) {
    super(message);
  }
}
