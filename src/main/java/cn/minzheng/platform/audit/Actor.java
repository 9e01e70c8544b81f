package cn.minzheng.platform.audit;

/** Who acted and from where, captured when the event happens (not when it is written). */
record Actor(String name, ActorKind kind, String roles, String region, String remoteAddress) {

  static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM, null, null, null);

  enum ActorKind {
    STAFF,
    CITIZEN,
    SERVICE,
    SYSTEM,
    ANONYMOUS
  }
}
