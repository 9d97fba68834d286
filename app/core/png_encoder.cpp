// PNG writer (see png_encoder.h).
#include "png_encoder.h"

#include <algorithm>
#include <array>

namespace atlas {

namespace {

constexpr std::size_t kStoredBlockMax = 65535;  // deflate's stored block length field

const std::array<std::uint32_t, 256>& crc_table() {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  return table;
}

void put_u32_be(std::string& out, std::uint32_t v) {
  out.push_back(char((v >> 24) & 0xFF));
  out.push_back(char((v >> 16) & 0xFF));
  out.push_back(char((v >> 8) & 0xFF));
  out.push_back(char(v & 0xFF));
}

void put_chunk(std::string& out, const char type[4], const std::string& data) {
  put_u32_be(out, std::uint32_t(data.size()));
  const std::size_t type_at = out.size();
  out.append(type, 4);
  out += data;
  const auto* begin = reinterpret_cast<const unsigned char*>(out.data() + type_at);
  put_u32_be(out, png_crc32(begin, 4 + data.size()));
}

// The zlib stream (RFC 1950) of `raw` in stored deflate blocks (RFC 1951, BTYPE 00).
std::string zlib_stored(const std::string& raw) {
  std::string z;
  z.reserve(raw.size() + raw.size() / kStoredBlockMax * 5 + 16);
  z.push_back(char(0x78));  // deflate, 32 KiB window
  z.push_back(char(0x01));  // no preset dictionary, fastest; 0x7801 is a multiple of 31
  std::size_t at = 0;
  do {
    const std::size_t n = std::min(kStoredBlockMax, raw.size() - at);
    const bool last = at + n == raw.size();
    z.push_back(char(last ? 1 : 0));
    z.push_back(char(n & 0xFF));
    z.push_back(char(n >> 8));
    z.push_back(char(~n & 0xFF));
    z.push_back(char((~n >> 8) & 0xFF));
    z.append(raw, at, n);
    at += n;
  } while (at < raw.size());
  put_u32_be(z, zlib_adler32(reinterpret_cast<const unsigned char*>(raw.data()), raw.size()));
  return z;
}

}  // namespace

std::uint32_t png_crc32(const unsigned char* data, std::size_t size, std::uint32_t crc) {
  const auto& table = crc_table();
  std::uint32_t c = crc ^ 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) c = table[(c ^ data[i]) & 0xFFu] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::uint32_t zlib_adler32(const unsigned char* data, std::size_t size, std::uint32_t adler) {
  constexpr std::uint32_t kMod = 65521;
  std::uint32_t a = adler & 0xFFFFu, b = adler >> 16;
  while (size > 0) {
    const std::size_t n = std::min<std::size_t>(size, 5552);  // sums stay below 2^32
    for (std::size_t i = 0; i < n; ++i) {
      a += data[i];
      b += a;
    }
    a %= kMod;
    b %= kMod;
    data += n;
    size -= n;
  }
  return (b << 16) | a;
}

std::string encode_png_rgba(const unsigned char* rgba, int width, int height) {
  if (width <= 0 || height <= 0 || !rgba) return {};
  const std::size_t row = std::size_t(width) * 4;
  std::string raw;
  raw.reserve((row + 1) * std::size_t(height));
  for (int y = 0; y < height; ++y) {
    raw.push_back('\0');  // filter type None
    raw.append(reinterpret_cast<const char*>(rgba) + row * std::size_t(y), row);
  }
  std::string header;
  put_u32_be(header, std::uint32_t(width));
  put_u32_be(header, std::uint32_t(height));
  header += std::string{char(8), char(6), char(0), char(0), char(0)};  // 8 bit RGBA, deflate, no filter set, no interlace
  std::string png("\x89PNG\r\n\x1a\n", 8);
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", zlib_stored(raw));
  put_chunk(png, "IEND", std::string());
  return png;
}

}  // namespace atlas
