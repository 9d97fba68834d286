// A compact, read-only JSON document for the data loaders (dataset_loader.cpp).
//
// nlohmann/json's SAX parser (non-throwing, strict: one value, nothing after it) feeds a
// flat "tape": every value is one 16-byte node in document order, containers know where
// their contents end, and all strings live in one buffer. Compared with nlohmann's DOM
// (a heap node per value, std::map per object, a std::string per string) this does two or
// three allocations per file instead of hundreds of thousands, which is most of the load
// time in the wasm build. Access is by explicit type checks only; nothing here throws.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::jt {

enum class Type : std::uint8_t { Null, Bool, Int, Uint, Float, String, Array, Object, Key };

struct Node {
  Type type = Type::Null;
  bool flag = false;     // Bool: the value
  std::uint32_t x = 0;   // String/Key: offset into Document::strings; Array/Object: index one past the last descendant
  union {
    double d;
    std::int64_t i;
    std::uint64_t u;
    std::uint32_t y;     // String/Key: length; Array: element count; Object: member count
  } num{};
};
static_assert(sizeof(Node) == 16, "a tape node is 16 bytes");

class Document;

// A value inside a Document (or no value: valid() false). Cheap to copy.
class Value {
 public:
  Value() = default;
  Value(const Document* doc, std::uint32_t index) : doc_(doc), i_(index) {}

  bool valid() const { return doc_ != nullptr; }
  Type type() const;
  bool is_object() const { return valid() && type() == Type::Object; }
  bool is_array() const { return valid() && type() == Type::Array; }
  bool is_string() const { return valid() && type() == Type::String; }
  bool is_bool() const { return valid() && type() == Type::Bool; }

  // The string (empty view when not a string; check is_string()).
  std::string_view str() const;
  // Finite number of any JSON number kind.
  bool number(double& out) const;
  // Integer that fits a signed 64-bit value (floats are not integers).
  bool integer(long long& out) const;
  bool boolean(bool& out) const;

  // Elements of an array / members of an object; 0 for anything else.
  std::size_t size() const;
  // Member by key (the last one when a key repeats, as nlohmann's DOM keeps it); invalid when absent.
  Value find(std::string_view key) const;
  // Array element k (linear walk); invalid when out of range.
  Value at(std::size_t k) const;

  // Iteration over an array's elements or an object's members (key(), value()).
  class Iter {
   public:
    Iter(const Document* doc, std::uint32_t i, bool object) : doc_(doc), i_(i), object_(object) {}
    bool operator!=(const Iter& o) const { return i_ != o.i_; }
    Iter& operator++();
    Value operator*() const { return value(); }
    Value value() const { return Value(doc_, object_ ? i_ + 1 : i_); }
    std::string_view key() const;  // objects only
   private:
    const Document* doc_;
    std::uint32_t i_;
    bool object_;
  };
  Iter begin() const;
  Iter end() const;

 private:
  const Node& node() const;
  const Document* doc_ = nullptr;
  std::uint32_t i_ = 0;
};

class Document {
 public:
  // Parses `text` strictly (one JSON value and nothing else). On a syntax error returns false
  // and sets error_position (bytes read when the error was found) and error_message.
  bool parse(const char* text, std::size_t size);
  bool parse(const std::string& text) { return parse(text.data(), text.size()); }

  Value root() const { return nodes_.empty() ? Value() : Value(this, 0); }
  std::size_t node_count() const { return nodes_.size(); }

  std::size_t error_position = 0;
  std::string error_message;

 private:
  friend class Value;
  friend class Value::Iter;
  friend struct Builder;
  std::uint32_t next(std::uint32_t i) const {
    const Node& n = nodes_[i];
    return n.type == Type::Array || n.type == Type::Object ? n.x : i + 1;
  }
  std::vector<Node> nodes_;
  std::string strings_;
};

// ---- inline definitions (hot: called per value while loading; no LTO in the builds)

inline const Node& Value::node() const { return doc_->nodes_[i_]; }

inline Type Value::type() const { return node().type; }

inline std::string_view Value::str() const {
  if (!valid()) return {};
  const Node& n = node();
  if (n.type != Type::String) return {};
  return std::string_view(doc_->strings_.data() + n.x, n.num.y);
}

inline bool Value::number(double& out) const {
  if (!valid()) return false;
  const Node& n = node();
  switch (n.type) {
    case Type::Float: out = n.num.d; break;
    case Type::Int: out = static_cast<double>(n.num.i); break;
    case Type::Uint: out = static_cast<double>(n.num.u); break;
    default: return false;
  }
  return std::isfinite(out);
}

inline bool Value::integer(long long& out) const {
  if (!valid()) return false;
  const Node& n = node();
  if (n.type == Type::Int) {
    out = n.num.i;
    return true;
  }
  if (n.type == Type::Uint && n.num.u <= static_cast<std::uint64_t>(INT64_MAX)) {
    out = static_cast<long long>(n.num.u);
    return true;
  }
  return false;
}

inline bool Value::boolean(bool& out) const {
  if (!valid() || node().type != Type::Bool) return false;
  out = node().flag;
  return true;
}

inline std::size_t Value::size() const {
  if (!valid()) return 0;
  const Node& n = node();
  return n.type == Type::Array || n.type == Type::Object ? n.num.y : 0;
}

inline Value Value::find(std::string_view key) const {
  if (!is_object()) return {};
  Value found;
  for (Iter it = begin(), e = end(); it != e; ++it)
    if (it.key() == key) found = it.value();
  return found;
}

inline Value Value::at(std::size_t k) const {
  if (!is_array() || k >= size()) return {};
  Iter it = begin();
  for (std::size_t j = 0; j < k; ++j) ++it;
  return *it;
}

inline Value::Iter Value::begin() const {
  if (!valid()) return Iter(nullptr, 0, false);
  const Node& n = node();
  if (n.type != Type::Array && n.type != Type::Object) return end();
  return Iter(doc_, i_ + 1, n.type == Type::Object);
}

inline Value::Iter Value::end() const {
  if (!valid()) return Iter(nullptr, 0, false);
  const Node& n = node();
  if (n.type != Type::Array && n.type != Type::Object) return Iter(doc_, i_ + 1, false);
  return Iter(doc_, n.x, n.type == Type::Object);
}

inline Value::Iter& Value::Iter::operator++() {
  i_ = object_ ? doc_->next(i_ + 1) : doc_->next(i_);
  return *this;
}

inline std::string_view Value::Iter::key() const {
  const Node& n = doc_->nodes_[i_];
  return std::string_view(doc_->strings_.data() + n.x, n.num.y);
}

}  // namespace atlas::jt
