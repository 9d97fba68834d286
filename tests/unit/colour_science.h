// Colour science for the palette test (palette_test.cpp): sRGB <-> linear RGB, CIELAB (D65),
// CIEDE2000 (Sharma, Wu, Dalal 2005), colour-vision-deficiency simulation (Machado, Oliveira,
// Fernandes 2009, severity 1.0, applied in linear RGB) and WCAG 2.x contrast. Test support
// only: the app draws with palette.h's values and never converts colours at run time.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include "core/palette.h"

namespace atlas::colour {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

inline double srgb_to_linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
inline double linear_to_srgb(double c) { return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055; }

inline Vec3 to_linear(palette::Rgb8 c) {
  return {srgb_to_linear(c.r / 255.0), srgb_to_linear(c.g / 255.0), srgb_to_linear(c.b / 255.0)};
}

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
inline const char* vision_name(Vision v) {
  switch (v) {
    case Vision::Normal: return "normal vision";
    case Vision::Protanopia: return "protanopia";
    case Vision::Deuteranopia: return "deuteranopia";
    default: return "tritanopia";
  }
}

// Machado et al. 2009, Table 1 at severity 1.0 (linear RGB in, linear RGB out).
inline const Mat3& machado_matrix(Vision v) {
  static const Mat3 kIdentity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  static const Mat3 kProtanopia{{{0.152286, 1.052583, -0.204868},
                                 {0.114503, 0.786281, 0.099216},
                                 {-0.003882, -0.048116, 1.051998}}};
  static const Mat3 kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                                   {0.280085, 0.672501, 0.047413},
                                   {-0.011820, 0.042940, 0.968881}}};
  static const Mat3 kTritanopia{{{1.255528, -0.076749, -0.178779},
                                 {-0.078411, 0.930809, 0.147602},
                                 {0.004733, 0.691367, 0.303900}}};
  switch (v) {
    case Vision::Protanopia: return kProtanopia;
    case Vision::Deuteranopia: return kDeuteranopia;
    case Vision::Tritanopia: return kTritanopia;
    default: return kIdentity;
  }
}

// The linear RGB a viewer with `v` sees for `linear`, clipped to the displayable range.
inline Vec3 simulate(Vision v, const Vec3& linear) {
  const Mat3& m = machado_matrix(v);
  Vec3 out{};
  for (int i = 0; i < 3; ++i)
    out[i] = std::clamp(m[i][0] * linear[0] + m[i][1] * linear[1] + m[i][2] * linear[2], 0.0, 1.0);
  return out;
}

// CIELAB (D65 white, 2 degree observer) of a linear sRGB colour.
inline Vec3 linear_to_lab(const Vec3& c) {
  const double x = 0.4124564 * c[0] + 0.3575761 * c[1] + 0.1804375 * c[2];
  const double y = 0.2126729 * c[0] + 0.7151522 * c[1] + 0.0721750 * c[2];
  const double z = 0.0193339 * c[0] + 0.1191920 * c[1] + 0.9503041 * c[2];
  auto f = [](double t) {
    constexpr double d = 6.0 / 29.0;
    return t > d * d * d ? std::cbrt(t) : t / (3.0 * d * d) + 4.0 / 29.0;
  };
  const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

// CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1).
inline double ciede2000(const Vec3& lab1, const Vec3& lab2) {
  constexpr double kPi = 3.14159265358979323846;
  auto deg = [](double r) { return r * 180.0 / kPi; };
  auto rad = [](double d) { return d * kPi / 180.0; };
  auto pow7 = [](double v) { return v * v * v * v * v * v * v; };
  const double c1 = std::hypot(lab1[1], lab1[2]), c2 = std::hypot(lab2[1], lab2[2]);
  const double c_mean = (c1 + c2) / 2.0;
  const double g = 0.5 * (1.0 - std::sqrt(pow7(c_mean) / (pow7(c_mean) + pow7(25.0))));
  const double a1 = (1.0 + g) * lab1[1], a2 = (1.0 + g) * lab2[1];
  const double cp1 = std::hypot(a1, lab1[2]), cp2 = std::hypot(a2, lab2[2]);
  auto hue = [&](double a, double b) {
    if (a == 0.0 && b == 0.0) return 0.0;
    double h = deg(std::atan2(b, a));
    return h < 0.0 ? h + 360.0 : h;
  };
  const double hp1 = hue(a1, lab1[2]), hp2 = hue(a2, lab2[2]);
  const double dl = lab2[0] - lab1[0], dc = cp2 - cp1;
  double dh = 0.0;
  if (cp1 * cp2 != 0.0) {
    dh = hp2 - hp1;
    if (dh > 180.0) dh -= 360.0;
    else if (dh < -180.0) dh += 360.0;
  }
  const double d_big_h = 2.0 * std::sqrt(cp1 * cp2) * std::sin(rad(dh / 2.0));
  const double l_mean = (lab1[0] + lab2[0]) / 2.0, cp_mean = (cp1 + cp2) / 2.0;
  double hp_mean = hp1 + hp2;
  if (cp1 * cp2 != 0.0) {
    if (std::abs(hp1 - hp2) <= 180.0) hp_mean = (hp1 + hp2) / 2.0;
    else hp_mean = hp1 + hp2 < 360.0 ? (hp1 + hp2 + 360.0) / 2.0 : (hp1 + hp2 - 360.0) / 2.0;
  }
  const double t = 1.0 - 0.17 * std::cos(rad(hp_mean - 30.0)) + 0.24 * std::cos(rad(2.0 * hp_mean)) +
                   0.32 * std::cos(rad(3.0 * hp_mean + 6.0)) - 0.20 * std::cos(rad(4.0 * hp_mean - 63.0));
  const double d_theta = 30.0 * std::exp(-((hp_mean - 275.0) / 25.0) * ((hp_mean - 275.0) / 25.0));
  const double rc = 2.0 * std::sqrt(pow7(cp_mean) / (pow7(cp_mean) + pow7(25.0)));
  const double lm50 = (l_mean - 50.0) * (l_mean - 50.0);
  const double sl = 1.0 + 0.015 * lm50 / std::sqrt(20.0 + lm50);
  const double sc = 1.0 + 0.045 * cp_mean, sh = 1.0 + 0.015 * cp_mean * t;
  const double rt = -std::sin(rad(2.0 * d_theta)) * rc;
  const double tl = dl / sl, tc = dc / sc, th = d_big_h / sh;
  return std::sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

// How far apart two palette colours look to a viewer with `v`.
inline double difference_seen(Vision v, palette::Rgb8 a, palette::Rgb8 b) {
  return ciede2000(linear_to_lab(simulate(v, to_linear(a))), linear_to_lab(simulate(v, to_linear(b))));
}

// WCAG 2.x relative luminance and contrast ratio.
inline double relative_luminance(const Vec3& linear) {
  return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
}
inline double contrast_ratio(const Vec3& linear_a, const Vec3& linear_b) {
  const double la = relative_luminance(linear_a), lb = relative_luminance(linear_b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `top` drawn with opacity `alpha` over `below`, blended in sRGB as the GPU does (linear out).
inline Vec3 over(palette::Rgb8 top, double alpha, const Vec3& below_linear) {
  Vec3 out{};
  const double t[3] = {top.r / 255.0, top.g / 255.0, top.b / 255.0};
  for (int i = 0; i < 3; ++i)
    out[i] = srgb_to_linear(t[i] * alpha + linear_to_srgb(below_linear[i]) * (1.0 - alpha));
  return out;
}

}  // namespace atlas::colour
