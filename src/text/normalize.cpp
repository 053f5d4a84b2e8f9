#include "diplograph/text/normalize.h"
#include "diplograph/text/plain_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <cstring>

namespace diplograph::text {
namespace {

// ASCII folded: capitals to small letters, controls (DEL too) to a space,
// the backtick to an apostrophe.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) {
    char f = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') f = static_cast<char>(c - 'A' + 'a');
    if (c < 0x20 || c == 0x7f) f = ' ';
    if (c == '`') f = '\'';
    table[c] = f;
  }
  return table;
}();

// Folds one Arabic-block code point; returns 0 to drop it, or the replacement.
UChar32 fold_arabic(UChar32 c) {
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED))
    return 0;
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0624: return 0x0648;
    case 0x0626: case 0x0649: case 0x06CC: case 0x06D2: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x06A9: case 0x06AF: return 0x0643;
    case 0x060C: return ',';
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066B: return '.';
    case 0x066C: return ',';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

bool is_invisible(UChar32 c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

UChar32 unify_punct(UChar32 c) {
  if (c >= 0x2010 && c <= 0x2015) return '-';
  if (c == 0x2212) return '-';
  if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB || c == 0x201F)
    return '"';
  if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x0060 || c == 0x00B4) return '\'';
  if (c == 0x00A0 || c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
      c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
    return ' ';
  return c;
}

}  // namespace

namespace {

// Eight bytes as one word (SWAR) for the ASCII fast path of fold(). Each
// byte below 0x80 plus a constant below 0x80 stays below 0x100, so no carry
// crosses into the next byte and a byte's top bit answers a comparison.
constexpr uint64_t kEachByte = 0x0101010101010101ull;
constexpr uint64_t kTopBits = 0x8080808080808080ull;

// True if all eight bytes are ASCII that kAsciiFold leaves alone or only
// lowers: no control character, DEL or backtick (those take the table).
inline bool plain_ascii(uint64_t v) {
  // The caller writes the offsets two to a 64-bit store, low half first.
  if constexpr (std::endian::native != std::endian::little) return false;
  if (v & kTopBits) return false;
  const uint64_t control = ~(v + kEachByte * (0x80 - 0x20)) & kTopBits;  // below 0x20
  const uint64_t del = (v + kEachByte * 0x01) & kTopBits;               // 0x7F
  const uint64_t x = v ^ (kEachByte * '`');
  const uint64_t backtick = (x - kEachByte) & ~x & kTopBits;  // a zero byte somewhere: exact as a whole
  return (control | del | backtick) == 0;
}

// `v` (plain_ascii) with its capitals lowered, as kAsciiFold does.
inline uint64_t ascii_lower(uint64_t v) {
  const uint64_t from_a = v + kEachByte * (0x80 - 'A');      // top bit: >= 'A'
  const uint64_t past_z = v + kEachByte * (0x80 - 'Z' - 1);  // top bit: > 'Z'
  return v | ((from_a & ~past_z & kTopBits) >> 2);           // 0x80 >> 2 is the case bit 0x20
}

// Folds the eight bytes at `from` into `to` when they are plain_ascii; false, writing nothing, otherwise.
inline bool fold_ascii8(const uint8_t* from, char* to) {
  uint64_t v;
  std::memcpy(&v, from, 8);
  if (!plain_ascii(v)) return false;
  v = ascii_lower(v);
  std::memcpy(to, &v, 8);
  return true;
}

// What fold() writes for each code point of the Arabic block (U+0600..U+06FF),
// already in UTF-8: nearly every character of Arabic text is there. `size`
// is 0 for one it drops, 1 for an ASCII replacement, else 2.
struct ArabicFold {
  uint8_t size = 0;
  char bytes[2] = {};
};
const std::array<ArabicFold, 256> kArabicFold = [] {
  std::array<ArabicFold, 256> table{};
  for (UChar32 c = 0x0600; c <= 0x06FF; ++c) {
    const UChar32 f = is_invisible(c) ? 0 : fold_arabic(c);
    ArabicFold& out = table[c - 0x0600];
    if (f == 0) continue;
    if (f < 0x80) {
      out.size = 1;
      out.bytes[0] = static_cast<char>(f);
    } else {
      out.size = 2;
      out.bytes[0] = static_cast<char>(0xC0 | (f >> 6));
      out.bytes[1] = static_cast<char>(0x80 | (f & 0x3F));
    }
  }
  return table;
}();

// The folded text and its offsets are written through indices into buffers
// sized up front: only decomposition can make the text longer than its
// source, and it checks for room itself. Appending byte by byte to a string
// and a vector cost more than the folding.
class FoldWriter {
 public:
  FoldWriter(Folded& out, size_t source_size) : out_(out) { grow(source_size); }

  void put_ascii(char c, uint32_t src) {
    text_[w_] = c;
    origin_[w_++] = src;
  }

  // Folds the run of ASCII and Arabic-block characters (nearly all of the
  // text) from source offset `i`, up to the first other character, and
  // returns where it stopped. The run is written through local copies of the
  // pointers and the position: a byte stored through a char pointer may be
  // any object's, the writer's own fields too, which the compiler would
  // otherwise reload after every byte.
  int32_t put_run(const uint8_t* bytes, int32_t i, int32_t length) {
    char* const text = text_;
    uint32_t* const origin = origin_;
    size_t w = w_;
    while (i < length) {
      const uint8_t lead = bytes[i];
      if (lead < 0x80) {
        // English text is mostly runs of plain ASCII: eight bytes folded
        // together cost less than eight table reads and branches (the room:
        // every unread source byte may take a byte, see put).
        if (i + 8 <= length && fold_ascii8(bytes + i, text + w)) {
          // The eight offsets i .. i + 7 as one vector (a loop of stores was not vectorised).
          using Offsets = uint32_t __attribute__((vector_size(32)));
          const Offsets offsets = Offsets{0, 1, 2, 3, 4, 5, 6, 7} + static_cast<uint32_t>(i);
          std::memcpy(origin + w, &offsets, sizeof offsets);
          w += 8;
          i += 8;
          continue;
        }
        text[w] = kAsciiFold[lead];
        origin[w++] = static_cast<uint32_t>(i++);
        continue;
      }
      // A run of Arabic-block characters and the spaces between the words,
      // in a loop of its own. Each fold writes both bytes whatever its size,
      // without a branch: the two source bytes it replaces left room for them
      // (see put), and a byte past the size is overwritten next.
      while (i < length) {
        const uint8_t a = bytes[i];
        if (a == ' ') {  // folds to itself
          text[w] = ' ';
          origin[w++] = static_cast<uint32_t>(i++);
          continue;
        }
        if (i + 1 >= length) break;
        const uint8_t b = bytes[i + 1];
        if (static_cast<uint8_t>(a - 0xD8) > 3 || (b & 0xC0) != 0x80) break;
        const ArabicFold& f = kArabicFold[((a & 0x03) << 6) | (b & 0x3F)];
        text[w] = f.bytes[0];
        text[w + 1] = f.bytes[1];
        origin[w] = origin[w + 1] = static_cast<uint32_t>(i);
        w += f.size;
        i += 2;
      }
      // ASCII goes on in the loop above; anything else is the caller's.
      if (i >= length || bytes[i] >= 0x80) break;
    }
    w_ = w;
    return i;
  }

  // Any code point; `unread` source bytes are still to come, each of which
  // may take a byte of room without checking.
  void put(UChar32 c, uint32_t src, size_t unread) {
    uint8_t buf[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
    if (error) return;
    if (w_ + static_cast<size_t>(n) + unread > out_.text.size()) grow(out_.text.size() * 2 + U8_MAX_LENGTH + unread);
    for (int32_t k = 0; k < n; ++k) put_ascii(static_cast<char>(buf[k]), src);
  }

  // Trims the buffers to what was written and adds the end offset.
  void finish(uint32_t end) {
    out_.text.resize(w_);
    out_.origin.resize(w_);
    out_.origin.push_back(end);
  }

 private:
  void grow(size_t size) {
    out_.text.resize(size);
    out_.origin.resize(size + 1);
    text_ = out_.text.data();
    origin_ = out_.origin.data();
  }

  Folded& out_;
  // Raw pointers into out_, kept apart so that a byte written does not make
  // the compiler reload the string's own pointer.
  char* text_ = nullptr;
  uint32_t* origin_ = nullptr;
  size_t w_ = 0;
};

}  // namespace

Folded fold(std::string_view s) {
  Folded out;
  fold_into(s, out);
  return out;
}

void fold_into(std::string_view s, Folded& out) {
  FoldWriter writer(out, s.size());
  UErrorCode status = U_ZERO_ERROR;
  // Asked for at the first character that needs it: most sentences have none.
  const icu::Normalizer2* nfkd = nullptr;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    // ASCII and the Arabic block (lead byte D8..DB and a continuation byte), by table.
    i = writer.put_run(bytes, i, length);
    if (i >= length) break;
    const uint32_t src = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      writer.put_ascii(' ', src);
      continue;
    }
    if (is_invisible(c)) continue;
    c = unify_punct(c);
    if (c < 0x80) {
      writer.put_ascii(static_cast<char>(c), src);
      continue;
    }
    // Other scripts: decompose, drop combining marks, fold case.
    icu::UnicodeString decomposed;
    if (nfkd == nullptr && U_SUCCESS(status)) nfkd = icu::Normalizer2::getNFKDInstance(status);
    if (U_SUCCESS(status) && nfkd->getDecomposition(c, decomposed)) {
      for (int32_t k = 0; k < decomposed.length();) {
        UChar32 d = decomposed.char32At(k);
        k += U16_LENGTH(d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        d = unify_punct(d);
        writer.put(u_foldCase(d, U_FOLD_CASE_DEFAULT), src, static_cast<size_t>(length - i));
      }
    } else if (u_charType(c) != U_NON_SPACING_MARK) {
      writer.put(u_foldCase(c, U_FOLD_CASE_DEFAULT), src, static_cast<size_t>(length - i));
    }
  }
  writer.finish(static_cast<uint32_t>(s.size()));
}

namespace {

#if defined(__SSE2__)
// Folds sixteen bytes at `p` (a character start, with a seventeenth readable
// after them) into `out` as fold() does, if their characters keep their
// length: ASCII other than controls and the backtick, and the Arabic letters
// (U+0621..U+063A, U+0641..U+064A), whose alef, hamza, ta marbuta and alef
// maqsura forms fold to other letters of the same two bytes. Returns how many
// leading bytes were folded, whole characters only: 0 when the first is
// another character, for the caller to fold alone. Arabic text is folded
// here sixteen bytes at a time where the table took two.
inline size_t fold16(const uint8_t* p, char* out) {
  using V = uint8_t __attribute__((vector_size(16)));
  using S = int8_t __attribute__((vector_size(16)));
  // Lanes moved one place up (lane 0 emptied), as one instruction: a
  // generic shuffle became a store and load per byte.
  auto up = [](V x) { return (V)_mm_slli_si128((__m128i)x, 1); };
  auto mask = [](V x) { return static_cast<unsigned>(_mm_movemask_epi8((__m128i)x)); };
  V v, nx;  // the bytes, and each one's successor
  std::memcpy(&v, p, 16);
  const V ascii = (V)(((S)v > 0x1F) & ((S)v < 0x7F)) & (V)(v != '`');
  const V lowered = v | ((V)(v >= 'A') & (V)(v <= 'Z') & 0x20);
  if (mask(ascii) == 0xFFFF) {  // English text, and the spaces and digits of Arabic
    std::memcpy(out, &lowered, 16);
    return 16;
  }
  std::memcpy(&nx, p + 1, 16);
  // The first bytes of letters, then their second bytes (a lane further on).
  const V d8 = (V)(v == 0xD8) & (V)((V)(nx - 0xA1) <= 0x19);
  const V d9 = (V)(v == 0xD9) & (V)((V)(nx - 0x81) <= 0x09);
  const V first = d8 | d9, second = up(first);
  unsigned stop = ~mask(ascii | first | second) & 0xFFFF;
  stop |= mask(first) & 0x8000;  // a letter cut by the window's end is left for the next call
  const size_t n = static_cast<size_t>(std::countr_zero(stop | 0x10000u));
  if (n == 0) return 0;
  V o = lowered;
  // آ أ إ -> ا; ؤ -> و, ئ ى -> ي, ة -> ه: each letter's new second byte,
  // made in its first byte's lane and moved up; leads D8 -> D9 in place.
  const V to_alef = d8 & ((V)(nx == 0xA2) | (V)(nx == 0xA3) | (V)(nx == 0xA5));
  const V to_waw = d8 & (V)(nx == 0xA4);
  const V to_ya = (d8 & (V)(nx == 0xA6)) | (d9 & (V)(nx == 0x89));
  const V to_ha = d8 & (V)(nx == 0xA9);
  const V changed = to_alef | to_waw | to_ya | to_ha;
  const V replaced = (to_alef & 0xA7) | (to_waw & 0x88) | (to_ya & 0x8A) | (to_ha & 0x87);
  o = (o & ~up(changed)) | up(replaced);
  o |= (to_waw | to_ha | (d8 & (V)(nx == 0xA6))) & 0x01;
  std::memcpy(out, &o, 16);
  return n;
}
#else
inline size_t fold16(const uint8_t*, char*) { return 0; }
#endif

}  // namespace

bool fold_plain_into(std::string_view s, PlainFolded& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  // No character folds to more bytes than it had (the table's two bytes are
  // written whatever its size, into room its two source bytes left).
  out.text.resize(s.size());
  out.shifts.clear();
  // Local copies, as in FoldWriter::put_run: a char store may alias anything.
  char* const text = out.text.data();
  size_t w = 0;
  int32_t i = 0;
  while (i < length) {
    // Sixteen bytes at a time while the characters keep their length (the
    // shift too), else one character.
    if (i + 17 <= length)
      if (const size_t n = fold16(bytes + i, text + w)) {
        w += n;
        i += static_cast<int32_t>(n);
        continue;
      }
    const uint8_t lead = bytes[i];
    if (lead < 0x80) {
      // The last sixteen bytes, past fold16's reach, are mostly ASCII words:
      // eight at a time where they take no table (room: w <= i).
      if (i + 8 <= length && fold_ascii8(bytes + i, text + w)) {
        w += 8;
        i += 8;
        continue;
      }
      text[w++] = kAsciiFold[lead];
      ++i;
      continue;
    }
    if (i + 1 >= length) return false;
    const uint8_t b = bytes[i + 1];
    if (static_cast<uint8_t>(lead - 0xD8) > 3 || (b & 0xC0) != 0x80) return false;
    const ArabicFold& f = kArabicFold[((lead & 0x03) << 6) | (b & 0x3F)];
    text[w] = f.bytes[0];
    text[w + 1] = f.bytes[1];
    w += f.size;
    i += 2;
    if (f.size != 2) {
      // The next character's source lies further on; a run of dropped marks
      // (diacritics, tatweel) keeps one record, for the character after it.
      const auto shift = static_cast<uint32_t>(static_cast<size_t>(i) - w);
      if (!out.shifts.empty() && out.shifts.back().at == w) out.shifts.back().shift = shift;
      else out.shifts.push_back({static_cast<uint32_t>(w), shift});
    }
  }
  out.text.resize(w);
  out.shifts.push_back({PlainFolded::kEnd, 0});
  return true;
}

std::string fold_string(std::string_view utf8) {
  // Folded into scratch kept per thread: a Folded of its own allocated the
  // origin map (and the text) on every call, only to drop the map, and the
  // extractor folds a name or a word this way several times a sentence.
  // Names and words are nearly always ASCII or Arabic: folded without offsets.
  thread_local PlainFolded plain;
  if (fold_plain_into(utf8, plain)) return plain.text;
  thread_local Folded scratch;
  fold_into(utf8, scratch);
  return scratch.text;
}

namespace {

// How many of the eight bytes at `p` (starting a character) hold only ASCII
// and well-formed two-byte sequences, checked together: 8, 7 when the last is
// the lead of a pair that runs on, 0 when they hold anything else (longer
// sequences, or a mistake), which the caller then reads a character at a time.
// Each byte's bits 7, 6 and 5 are moved to bit 7 to tell continuation bytes
// (10xxxxxx) from two-byte leads (110xxxxx); a lead is followed by a
// continuation exactly when the continuations are the leads a byte on.
inline size_t ascii_or_pairs(const uint8_t* p) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native != std::endian::little) return 0;
  const uint64_t high = w & kHigh;
  if (high == 0) return 8;
  const uint64_t bit6 = (w << 1) & kHigh, bit5 = (w << 2) & kHigh;
  const uint64_t continuation = high & ~bit6;
  const uint64_t lead = high & bit6 & ~bit5;
  if ((high & ~continuation & ~lead) != 0) return 0;  // a longer sequence's lead, or F8..FF
  // C0 and C1 lead overlong forms: none of their bits 4..1 is set.
  const uint64_t payload = ((w & 0x1E1E1E1E1E1E1E1Eull) + 0x7F7F7F7F7F7F7F7Full) & kHigh;
  if ((lead & ~payload) != 0 || continuation != (lead << 8)) return 0;
  return (lead >> 63) != 0 ? 7 : 8;
}

// ascii_or_pairs for the sixteen bytes at `p` (starting a character, with a
// seventeenth readable after them), in vector operations: 16, or 17 when the
// last leads a pair, or 0 when they hold anything else. Every lead of a pair
// (C2..DF) must be followed by a continuation byte and every other byte not,
// which the bytes one further on answer for all at once.
inline size_t ascii_or_pairs16(const uint8_t* p) {
  using Bytes = uint8_t __attribute__((vector_size(16)));
  Bytes v, next;
  std::memcpy(&v, p, 16);
  std::memcpy(&next, p + 1, 16);
  const auto lead = ((v & 0xE0) == 0xC0) & (v >= 0xC2);
  const auto continuation = (v & 0xC0) == 0x80;
  const auto bad = ((v >= 0x80) & ~lead & ~continuation) | (lead ^ ((next & 0xC0) == 0x80));
  uint64_t halves[2];
  std::memcpy(halves, &bad, 16);
  if ((halves[0] | halves[1]) != 0 || (p[0] & 0xC0) == 0x80) return 0;
  return p[15] >= 0xC0 ? 17 : 16;
}

#if defined(__SSE2__)
// ascii_or_pairs16 for the thirty-two bytes at `p`, from the
// bytes' top three bits gathered as masks, a bit per byte: 32, or 31 when
// the last leads a pair, or 0. Arabic text is checked here in about half the
// operations per byte, ASCII alone in a few.
inline size_t ascii_or_pairs32(const uint8_t* p) {
  const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
  auto bits = [](__m128i lo, __m128i hi) {
    return static_cast<uint32_t>(_mm_movemask_epi8(lo)) | static_cast<uint32_t>(_mm_movemask_epi8(hi)) << 16;
  };
  const uint32_t high = bits(a, b);  // bit 7
  if (high == 0) return 32;
  const __m128i a1 = _mm_add_epi8(a, a), b1 = _mm_add_epi8(b, b);
  const uint32_t bit6 = bits(a1, b1);
  const uint32_t bit5 = bits(_mm_add_epi8(a1, a1), _mm_add_epi8(b1, b1));
  const uint32_t continuation = high & ~bit6;
  const uint32_t lead = high & bit6 & ~bit5;
  // Longer sequences' leads (and F8..FF), and the overlong leads C0, C1.
  const __m128i c0 = _mm_set1_epi8(static_cast<char>(0xC0)), fe = _mm_set1_epi8(static_cast<char>(0xFE));
  const uint32_t overlong = bits(_mm_cmpeq_epi8(_mm_and_si128(a, fe), c0), _mm_cmpeq_epi8(_mm_and_si128(b, fe), c0));
  if ((high & bit6 & bit5) != 0 || overlong != 0) return 0;
  // Every continuation follows a lead, every lead but the last is followed
  // by one; the last one's is the next call's first byte.
  if (continuation != (lead << 1)) return 0;
  return (lead >> 31) != 0 ? 31 : 32;
}
#else
inline size_t ascii_or_pairs32(const uint8_t*) { return 0; }
#endif

}  // namespace

bool is_valid_utf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    // English and Arabic text: thirty-two bytes at a time.
    if (i + 32 <= length) {
      if (const size_t n = ascii_or_pairs32(bytes + i)) {
        i += static_cast<int32_t>(n);
        continue;
      }
    }
    // English and Arabic text: sixteen bytes at a time, or eight.
    if (i + 17 <= length) {
      if (const size_t n = ascii_or_pairs16(bytes + i)) {
        i += static_cast<int32_t>(n);
        continue;
      }
    }
    if (i + 8 <= length) {
      if (const size_t n = ascii_or_pairs(bytes + i)) {
        i += static_cast<int32_t>(n);
        continue;
      }
    }
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    // A two-byte sequence is well formed whenever its lead is C2..DF and a
    // continuation byte follows.
    if (bytes[i] >= 0xC2 && bytes[i] <= 0xDF && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(s.substr(start, i - start));
  }
  return out;
}

bool has_arabic(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0x0620 && c <= 0x064A) return true;
  }
  return false;
}

}  // namespace diplograph::text
