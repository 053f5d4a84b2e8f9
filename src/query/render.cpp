#include "diplograph/query/render.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "diplograph/text/normalize.h"

namespace diplograph::query {

int display_width(const std::string& s) {
  int width = 0;
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) {
      ++width;
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || c == 0) continue;
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

// U+202A..U+202E (embeddings, overrides) and U+2066..U+2069 (isolates) in UTF-8.
static bool bidi_control_at(const std::string& s, size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2) return false;
  const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
  return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

static std::string cell(const std::string& raw, bool isolate) {
  // Control characters never reach the terminal raw, and a name's own bidi
  // controls are dropped so that an override cannot reorder the rest of the
  // row; the isolates added below are balanced. Invalid bytes become U+FFFD
  // first, so that dropping a control cannot join broken neighbours into one.
  const std::string s = text::sanitize_utf8(raw);
  std::string clean;
  for (size_t i = 0; i < s.size(); ++i) {
    if (bidi_control_at(s, i)) {
      i += 2;
      continue;
    }
    const char c = s[i];
    clean += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  }
  if (isolate && text::has_arabic(clean)) return "\xE2\x81\xA8" + clean + "\xE2\x81\xA9";
  return clean;
}

void render_table(std::ostream& out, const Answer& a, bool isolate) {
  if (!a.note.empty()) out << "(" << a.note << ")\n";
  if (a.rows.empty()) {
    out << "(no answer)\n";
    return;
  }
  std::vector<int> widths(a.columns.size(), 0);
  for (size_t c = 0; c < a.columns.size(); ++c) widths[c] = display_width(a.columns[c]);
  for (const auto& row : a.rows)
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(cell(row[c], false)));
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < widths.size(); ++c) {
      std::string v = c < cells.size() ? cell(cells[c], false) : "";
      out << (c ? "  " : "") << cell(v, isolate);
      if (c + 1 < widths.size()) out << std::string(static_cast<size_t>(widths[c] - display_width(v)), ' ');
    }
    out << "\n";
  };
  line(a.columns);
  std::vector<std::string> rule;
  for (int w : widths) rule.push_back(std::string(static_cast<size_t>(w), '-'));
  line(rule);
  for (const auto& row : a.rows) line(row);
}

}  // namespace diplograph::query
