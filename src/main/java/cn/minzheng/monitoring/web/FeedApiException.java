package cn.minzheng.monitoring.web;

/** A request the monitoring API refuses, naming the field (answered 400 as problem details). */
class FeedApiException extends RuntimeException {

  private final String field;

  FeedApiException(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
