// A streaming CSV reader (RFC 4180: comma separated, fields optionally quoted
// with "", "" inside quotes is a quote, quoted fields may hold commas and line
// breaks; CRLF and a UTF-8 byte-order mark are tolerated). Private to the store.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::store {

class CsvReader {
 public:
  // Reads from `in` (not owned; must outlive the reader). `name` is used in messages.
  CsvReader(std::istream& in, std::string name);

  // Reads the next record into `fields` (views valid until the next call).
  // Returns false at the end of the input. A blank line is skipped. An
  // unterminated quote or text after a closing quote sets error() and returns false.
  bool next(std::vector<std::string_view>& fields);

  // The 1-based line on which the last record began.
  size_t line() const { return record_line_; }
  // Empty unless the input is malformed; then "NAME:LINE: what is wrong".
  const std::string& error() const { return error_; }
  const std::string& name() const { return name_; }

 private:
  bool fill();  // refills the buffer; false at end of input
  int peek();   // the next character or -1, without consuming it
  int get();

  std::istream& in_;
  std::string name_;
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  size_t line_ = 1, record_line_ = 0;
  bool first_ = true;
  std::string field_bytes_;                  // every field of the record, back to back
  std::vector<std::pair<size_t, size_t>> spans_;  // offset, length into field_bytes_
  std::string error_;
};

}  // namespace diplograph::store
