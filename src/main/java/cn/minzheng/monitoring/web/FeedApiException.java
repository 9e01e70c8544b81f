package cn.minzheng.monitoring.web;

import cn.minzheng.platform.InvalidInput;

/** A request the monitoring API refuses, naming the field (answered 400 as problem details). */
class FeedApiException extends InvalidInput {

  FeedApiException(String field, String message) {
    super(field, message);
  }
}
