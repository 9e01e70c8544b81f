package cn.minzheng.portal.ratings;

import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.portal.ServiceCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that a service was completed: keeps it for rating and, unless it was rated where it was
 * confirmed, invites the person in their inbox. Idempotent: a repeated delivery changes nothing.
 */
@Component
class RatingInvitations {

  private final ServiceRatings ratings;
  private final CitizenMessages messages;

  RatingInvitations(ServiceRatings ratings, CitizenMessages messages) {
    this.ratings = ratings;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(ServiceCompleted completed) {
    ratings.offer(completed);
    if (completed.stars() == null) {
      messages.send(
          CitizenMessage.to(
                  completed.personId(),
                  "请评价：" + completed.serviceName(),
                  "“"
                      + completed.title()
                      + "”已办结。欢迎对"
                      + completed.office()
                      + "的服务作出评价（好差评），您的评价将用于改进服务。")
              .withLink("/portal/ratings")
              .once(
                  "rating:"
                      + completed.service()
                      + ":"
                      + completed.reference()
                      + ":"
                      + completed.personId()));
    }
  }
}
