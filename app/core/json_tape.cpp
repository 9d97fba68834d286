// Flat JSON document built from nlohmann/json's SAX events (see json_tape.h).
#include "core/json_tape.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace atlas::jt {

// SAX handler writing the tape. Duck-typed (no virtual calls); nlohmann's parser is
// iterative, so deep nesting costs heap, not stack.
struct Builder {
  using json = nlohmann::json;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  Document& doc;
  std::vector<std::uint32_t> open;  // indices of the containers being filled

  Node& push(Type t) {
    if (!open.empty()) {
      Node& parent = doc.nodes_[open.back()];
      if (parent.type == Type::Array) ++parent.num.y;
    }
    doc.nodes_.emplace_back();
    Node& n = doc.nodes_.back();
    n.type = t;
    return n;
  }
  bool text(Type t, const string_t& s) {
    if (s.size() > UINT32_MAX || doc.strings_.size() > UINT32_MAX - s.size()) return false;
    const auto off = static_cast<std::uint32_t>(doc.strings_.size());
    doc.strings_.append(s);
    Node& n = push(t);
    n.x = off;
    n.num.y = static_cast<std::uint32_t>(s.size());
    return true;
  }
  bool null() {
    push(Type::Null);
    return true;
  }
  bool boolean(bool b) {
    push(Type::Bool).flag = b;
    return true;
  }
  bool number_integer(number_integer_t v) {
    push(Type::Int).num.i = v;
    return true;
  }
  bool number_unsigned(number_unsigned_t v) {
    push(Type::Uint).num.u = v;
    return true;
  }
  bool number_float(number_float_t v, const string_t&) {
    push(Type::Float).num.d = v;
    return true;
  }
  bool string(string_t& s) { return text(Type::String, s); }
  bool binary(binary_t&) { return false; }  // not produced by the JSON reader
  bool key(string_t& s) {
    if (!open.empty()) ++doc.nodes_[open.back()].num.y;
    // a key is not an array element: push() only counts for arrays
    return text(Type::Key, s);
  }
  bool start_container(Type t) {
    if (doc.nodes_.size() >= UINT32_MAX - 1) return false;
    push(t).num.y = 0;
    open.push_back(static_cast<std::uint32_t>(doc.nodes_.size() - 1));
    return true;
  }
  bool end_container() {
    if (open.empty()) return false;
    doc.nodes_[open.back()].x = static_cast<std::uint32_t>(doc.nodes_.size());
    open.pop_back();
    return true;
  }
  bool start_object(std::size_t) { return start_container(Type::Object); }
  bool end_object() { return end_container(); }
  bool start_array(std::size_t) { return start_container(Type::Array); }
  bool end_array() { return end_container(); }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string&, const Exception& ex) {
    doc.error_position = position;
    doc.error_message = ex.what();
    return false;
  }
};

bool Document::parse(const char* text, std::size_t size) {
  nodes_.clear();
  strings_.clear();
  error_position = 0;
  error_message.clear();
  // every string is at most as long as its quoted source; ~1 node per 6 bytes of this data
  strings_.reserve(size);
  nodes_.reserve(size / 6 + 16);
  Builder b{*this, {}};
  b.open.reserve(16);
  const bool ok = nlohmann::json::sax_parse(text, text + size, &b, nlohmann::json::input_format_t::json, true);
  if (!ok || !b.open.empty() || nodes_.empty()) {
    if (error_message.empty()) error_message = "syntax error";
    nodes_.clear();
    strings_.clear();
    return false;
  }
  return true;
}

}  // namespace atlas::jt
