package cn.minzheng.elderly.homeservice;

/** A home-service step refused by a rule; the message names the field or the rule in Chinese. */
public class HomeServiceRejected extends RuntimeException {

  public HomeServiceRejected(String message) {
    super(message);
  }
}
