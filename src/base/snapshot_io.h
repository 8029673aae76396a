// Writing and reading the compact binary snapshots the build embeds in the
// binary. Each snapshotted type lists its fields once, in a function
// `fields(io, value)` found by argument-dependent lookup; the same function
// writes them (snapshot::Writer) and reads them back (snapshot::Reader), so
// the two can never disagree. Strings, whole numbers, enums, booleans,
// vectors, optionals and string maps are built in.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace skincare::snapshot {

class Writer {
 public:
  template <class T>
  void operator()(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      number(value.size());
      out_.append(value);
    } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
      number(static_cast<std::uint64_t>(value));
    } else {
      fields(*this, const_cast<T&>(value));  // fields() only reads when writing
    }
  }
  template <class T>
  void operator()(const std::vector<T>& list) {
    number(list.size());
    for (const auto& item : list) (*this)(item);
  }
  template <class T>
  void operator()(const std::optional<T>& value) {
    (*this)(value.has_value());
    if (value) (*this)(*value);
  }
  void operator()(const std::map<std::string, std::string>& map) {
    number(map.size());
    for (const auto& [key, value] : map) {
      (*this)(key);
      (*this)(value);
    }
  }
  std::string take() { return std::move(out_); }

 private:
  void number(std::uint64_t n) {
    for (int shift = 0; shift < 64; shift += 8) out_ += static_cast<char>((n >> shift) & 0xFFu);
  }
  std::string out_;
};

// Throws std::runtime_error on a truncated or malformed snapshot (only
// possible if the binary itself is corrupt).
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <class T>
  void operator()(T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      const std::string_view text = text_in_place();
      if (!skipping_) value.assign(text);
    } else if constexpr (std::is_same_v<T, bool>) {
      value = number() != 0;
    } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
      value = static_cast<T>(number());
    } else {
      fields(*this, value);
    }
  }
  template <class T>
  void operator()(std::vector<T>& list) {
    const std::size_t n = size();
    if (skipping_) {
      for (std::size_t i = 0; i < n; ++i) skip<T>();
      return;
    }
    list.resize(n);
    for (auto& item : list) (*this)(item);
  }
  template <class T>
  void operator()(std::optional<T>& value) {
    bool present = false;
    (*this)(present);
    value.reset();
    if (present) (*this)(value.emplace());
  }
  void operator()(std::map<std::string, std::string>& map) {
    map.clear();
    for (std::size_t n = size(); n > 0; --n) {
      std::string key, value;
      (*this)(key);
      (*this)(value);
      map.emplace(std::move(key), std::move(value));
    }
  }
  void finish() const {
    if (at_ != in_.size()) throw std::runtime_error("content snapshot has trailing bytes");
  }

  // A string read where it lies, without a copy (valid while the snapshot is).
  std::string_view text_in_place() {
    const std::size_t n = size();
    need(n);
    const std::string_view text = in_.substr(at_, n);
    at_ += n;
    return text;
  }
  // A T passed over: its fields are walked, no text is copied.
  template <class T>
  void skip() {
    const bool was = skipping_;
    skipping_ = true;
    T ignored{};
    (*this)(ignored);
    skipping_ = was;
  }
  // A list of strings read in place, such as snapshots written as strings
  // so that each can be decoded alone, when it is asked for.
  std::vector<std::string_view> texts_in_place() {
    std::vector<std::string_view> texts(size());
    for (auto& text : texts) text = text_in_place();
    return texts;
  }

 private:
  std::uint64_t number() {
    need(8);
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 8)
      n |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[at_++])) << shift;
    return n;
  }
  // A length: every element takes at least one byte, so a larger one is corrupt.
  std::size_t size() {
    const std::uint64_t n = number();
    if (n > in_.size() - at_) throw std::runtime_error("content snapshot is malformed");
    return static_cast<std::size_t>(n);
  }
  void need(std::size_t n) const {
    if (n > in_.size() - at_) throw std::runtime_error("content snapshot is truncated");
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool skipping_ = false;  // inside skip(): walk, but keep nothing
};

// The snapshot of `value`, and `T` read back from one.
template <class T>
std::string write(const T& value) {
  Writer writer;
  writer(value);
  return writer.take();
}

template <class T>
T read(std::string_view snapshot) {
  T value{};
  Reader reader(snapshot);
  reader(value);
  reader.finish();
  return value;
}

}  // namespace skincare::snapshot
