/**
 * 救助管理: the rescue of vagrants and beggars (流浪乞讨人员救助) at the city's rescue stations — intake of
 * known persons (found in the registry by the blind index of the ID number) and of unidentified
 * ones (a temporary number per station and year, description, photo), services during the stay, the
 * 10-day stay and its extensions, identity searches, and the exits: return home with the hand-over
 * to the county of household registration, long-term placement, leaving, death (recorded through
 * {@link cn.minzheng.registry.PersonCommands#recordDeath}). Repeated intakes of one person are
 * linked; an unidentified person identified later is merged into the registry person with every
 * intake of the temporary record.
 *
 * <p>Its own module, not part of {@code assistance} or {@code disability}: the rescue station is a
 * separate institution (救助管理站) with its own legal basis — 《城市生活无着的流浪乞讨人员救助管理办法》 (国务院令第381号), its
 * 实施细则 (民政部令第24号) and 《生活无着的流浪、乞讨人员救助管理机构工作规程》 (民发〔2014〕132号) — its own records (stays, not cases
 * or monthly benefits) and no money path: it pays nobody, it serves people in the station whatever
 * their registry or programme status (docs/domain-rules.md §5.4).
 *
 * <p>Data scope: an intake's region is its station's region node; a station's staff see its own
 * intakes, the district and the city their subtree. The registry facades it calls are not scoped;
 * this module checks the intake's region before every read and change.
 */
@NullMarked
@ApplicationModule(
    displayName = "救助管理",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: problems",
      "platform :: shell",
      "region",
      "registry",
      "cockpit"
    })
package cn.minzheng.rescue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
