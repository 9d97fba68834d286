// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator whose output is the same
// on every platform and compiler, unlike std:: distributions. Used where core promises
// "deterministic with a fixed seed" (betweenness sampling, graph layout).
#pragma once

#include <cstdint>

namespace atlas {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1), 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, bound) for bound > 0 (the slight modulo bias is irrelevant here).
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

}  // namespace atlas
