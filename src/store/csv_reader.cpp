#include "store/csv_reader.h"

namespace diplograph::store {

namespace {
constexpr size_t kChunk = 1 << 20;  // big reads: the files run to tens of megabytes
}

CsvReader::CsvReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)), buf_(kChunk, '\0') {}

bool CsvReader::fill() {
  if (!in_) return false;
  in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  end_ = static_cast<size_t>(in_.gcount());
  pos_ = 0;
  return end_ > 0;
}

int CsvReader::peek() {
  if (pos_ == end_ && !fill()) return -1;
  return static_cast<unsigned char>(buf_[pos_]);
}

int CsvReader::get() {
  int c = peek();
  if (c >= 0) ++pos_;
  if (c == '\n') ++line_;
  return c;
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
  fields.clear();
  if (!error_.empty()) return false;
  if (first_) {
    first_ = false;
    // A byte-order mark is not part of the first header name.
    if (peek() == 0xEF) {
      get();
      if (get() != 0xBB || get() != 0xBF) {
        error_ = name_ + ":1: not UTF-8 text";
        return false;
      }
    }
  }
  // Skip blank lines (a trailing newline at the end of the file is common).
  for (;;) {
    int c = peek();
    if (c == '\n') {
      get();
    } else if (c == '\r') {
      get();
    } else {
      break;
    }
  }
  if (peek() < 0) return false;
  record_line_ = line_;
  field_bytes_.clear();
  spans_.clear();
  size_t start = 0;
  for (;;) {
    int c = peek();
    if (c == '"') {
      get();
      for (;;) {
        c = get();
        if (c < 0) {
          error_ = name_ + ":" + std::to_string(record_line_) + ": unterminated quoted field";
          return false;
        }
        if (c == '"') {
          if (peek() == '"') {
            get();
            field_bytes_ += '"';
            continue;
          }
          break;
        }
        field_bytes_ += static_cast<char>(c);
      }
      c = peek();
      if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
        error_ = name_ + ":" + std::to_string(line_) + ": text after a closing quote";
        return false;
      }
    } else {
      // Unquoted: copy the run up to the next delimiter in one go.
      for (;;) {
        if (pos_ == end_ && !fill()) break;
        size_t i = pos_;
        while (i < end_ && buf_[i] != ',' && buf_[i] != '\n' && buf_[i] != '\r' && buf_[i] != '"') ++i;
        field_bytes_.append(buf_, pos_, i - pos_);
        pos_ = i;
        if (i < end_) break;
      }
      if (peek() == '"') {
        error_ = name_ + ":" + std::to_string(line_) + ": a quote inside an unquoted field";
        return false;
      }
    }
    spans_.emplace_back(start, field_bytes_.size() - start);
    start = field_bytes_.size();
    c = get();
    if (c == ',') continue;
    if (c == '\r' && peek() == '\n') get();
    break;  // end of line or of input
  }
  for (auto [off, len] : spans_) fields.emplace_back(field_bytes_.data() + off, len);
  return true;
}

}  // namespace diplograph::store
