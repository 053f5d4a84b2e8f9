// Sideline linking: a meeting reported "on the sidelines of" a summit
// ("على هامش القمة") gets the summit as its parent (meetings.parent_id), so
// that queries can list what happened at a summit. The summit may be reported
// by the same article or by another one, before or after.
#include "store/summit_links.h"

#include <cstdlib>
#include <vector>

#include "store/meeting_resolver.h"

namespace diplograph::store {

SummitLinkStatements::SummitLinkStatements(Database& db)
    : facts(db,
            "SELECT type, status, coalesce(date, ''), coalesce(place_id, 0), sideline_of IS NOT NULL, "
            "parent_id IS NOT NULL FROM meetings WHERE id = ?"),
      summits(db, "SELECT id FROM meetings WHERE type = 'summit' AND (date BETWEEN ?1 AND ?2 OR date = ?3 OR date = ?4)"),
      orphans(db,
              "SELECT id FROM meetings WHERE sideline_of IS NOT NULL AND parent_id IS NULL AND type != 'summit' "
              "AND (date BETWEEN ?1 AND ?2 OR date = ?3 OR date = ?4)"),
      set_parent(db, "UPDATE meetings SET parent_id = ? WHERE id = ?"),
      note_sideline(db, "UPDATE meetings SET sideline_of = coalesce(sideline_of, ?) WHERE id = ?") {}

namespace {

// A summit lasts a few days: a meeting on its sidelines may be dated by any of them.
constexpr int kSummitDays = 3;

bool close_in_time(const Date& a, const Date& b) {
  if (a.precision() == DatePrecision::kDay && b.precision() == DatePrecision::kDay)
    return std::abs(a.first_day() - b.first_day()) <= kSummitDays;
  return a.compatible(b);
}

// Binds the stored dates that can be close to `d` (see close_in_time) to the
// window statements' four slots: a range of strings and two exact values.
void bind_window(Statement& q, const Date& d) {
  const std::string iso = d.iso();
  if (d.precision() == DatePrecision::kDay) {
    q.bind(1, civil_from_days(d.first_day() - kSummitDays).iso()).bind(2, civil_from_days(d.first_day() + kSummitDays).iso());
    q.bind(3, iso.substr(0, 7)).bind(4, iso.substr(0, 4));
  } else {
    // "-" sorts before digits and "~" after them: [P-, P-~) holds the refinements of P.
    q.bind(1, iso + "-").bind(2, iso + "-~").bind(3, iso);
    if (d.precision() == DatePrecision::kMonth) q.bind(4, iso.substr(0, 4));
    else q.bind_null(4);
  }
}

std::vector<int64_t> ids_in(Statement& q) {
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.int64(0));
  q.reset();
  return out;
}

}  // namespace

std::optional<MeetingResolver::MeetingFacts> MeetingResolver::facts(int64_t meeting) {
  Statement& q = links_->facts;
  q.bind(1, meeting);
  std::optional<MeetingFacts> out;
  if (q.step()) {
    MeetingFacts f;
    f.id = meeting;
    f.summit = q.text_view(0) == "summit";
    f.status = q.text(1);
    f.date = Date::parse(q.text(2)).value_or(Date{});
    f.place = q.int64(3);
    f.sideline = q.int64(4) != 0;
    f.linked = q.int64(5) != 0;
    out = std::move(f);
  }
  q.reset();
  return out;
}

// The one summit `side` was held at, or 0 when none or several fit. A summit
// of the same article comes first; another article's must be of the same
// status, close in time and compatible in place, and the only one so.
int64_t MeetingResolver::summit_of(const MeetingFacts& side, const std::set<int64_t>& ours) {
  // `ours`: the meetings of the article that reported `side` (empty when that was another article).
  std::vector<int64_t> ids(ours.begin(), ours.end());
  if (!side.date.empty()) {
    bind_window(links_->summits, side.date);
    for (int64_t id : ids_in(links_->summits))
      if (!ours.count(id)) ids.push_back(id);
  }
  int64_t same_article = 0, placed = 0, any = 0;
  int n_same = 0, n_placed = 0, n_any = 0;
  for (int64_t id : ids) {
    if (id == side.id) continue;
    auto s = facts(id);
    if (!s || !s->summit || s->status != side.status || !places_compatible(s->place, side.place)) continue;
    if (!side.date.empty() && !s->date.empty() && !close_in_time(side.date, s->date)) continue;
    if (ours.count(id)) same_article = id, ++n_same;
    else if (s->date.empty() || side.date.empty()) continue;  // undated across articles: too loose
    if (s->place && side.place) placed = id, ++n_placed;
    any = id, ++n_any;
  }
  if (n_same > 0) return n_same == 1 ? same_article : 0;
  if (n_placed > 0) return n_placed == 1 ? placed : 0;
  return n_any == 1 ? any : 0;
}

void MeetingResolver::link_sidelines(const std::set<int64_t>& ours) {
  if (!links_) links_ = std::make_unique<SummitLinkStatements>(db_);
  const std::set<int64_t> none;
  auto link = [&](const MeetingFacts& side, const std::set<int64_t>& same_article) {
    if (int64_t parent = summit_of(side, same_article)) links_->set_parent.bind(1, parent).bind(2, side.id).run();
  };
  for (int64_t id : ours) {
    auto f = facts(id);
    if (!f) continue;
    if (f->sideline && !f->linked && !f->summit) link(*f, ours);
    // A summit reported now may be the one earlier sideline reports were waiting for.
    if (f->summit && !f->date.empty()) {
      bind_window(links_->orphans, f->date);
      for (int64_t orphan : ids_in(links_->orphans)) {
        if (ours.count(orphan)) continue;
        auto o = facts(orphan);
        if (o && !o->linked) link(*o, none);
      }
    }
  }
}

}  // namespace diplograph::store
