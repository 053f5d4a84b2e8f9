// diplograph import: event tables from other sources (CSV) into the knowledge base.
#include <filesystem>
#include <ostream>

#include "commands.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/store/event_import.h"
#include "diplograph/store/knowledge_base.h"

namespace diplograph::cli {

int cmd_import(const Args& a, Io& io) {
  if (a.positional.size() != 1) {
    io.err << "diplograph import: give one DIR holding actors.csv, meetings.csv and participants.csv\n";
    return 2;
  }
  const std::filesystem::path dir = a.positional[0];
  if (!std::filesystem::is_directory(dir)) {
    io.err << "diplograph import: " << dir.string() << " is not a folder\n";
    return 1;
  }
  // The lexicon's actors go in first, so an imported name the lexicon knows
  // (in any spelling) joins that actor instead of becoming a second one.
  auto lex = lexicon::Lexicon::load(a.get("--lexicon", lexicon::Lexicon::default_dir()));
  if (!lex) {
    io.err << "diplograph import: " << lex.error() << "\n";
    return 1;
  }
  store::KnowledgeBase kb(a.get("--db", "diplograph.db"));
  kb.sync_lexicon(**lex);
  auto counts = store::import_event_dir(kb.db(), dir, a.get("--source"));
  if (!counts) {
    io.err << "diplograph import: " << counts.error() << "\n";
    return 1;
  }
  if (!a.has("--quiet")) {
    io.err << "imported actors: " << counts->actors_new << " new, " << counts->actors_known
           << " already known; meetings: " << counts->meetings_new << " new, " << counts->meetings_known
           << " already known; " << counts->participants_new << " new participations";
    if (counts->types_unknown) io.err << "; " << counts->types_unknown << " meeting(s) of an unknown type stored as 'meeting'";
    io.err << "\n";
  }
  return 0;
}

}  // namespace diplograph::cli
