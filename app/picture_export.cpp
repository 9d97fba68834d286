// The picture export (see picture_export.h).
#include "picture_export.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "globe_view.h"
#include "platform/gl.h"
#include "platform/platform.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {

constexpr float kAttributionSize = 11.0f;  // CSS pixels, as small print on the screen
constexpr float kMargin = 8.0f;

// A font atlas with only the glyphs of the given texts at the picture's sizes, its texture
// uploaded for the ImGui renderer; the app's own atlas is rasterised for the screen.
class PictureFonts {
 public:
  PictureFonts(const std::string& font_bytes, const std::vector<std::string>& texts, float label_px, float small_px) {
    ImFontGlyphRangesBuilder builder;
    for (const std::string& t : texts) builder.AddText(t.c_str(), t.c_str() + t.size());
    builder.BuildRanges(&ranges_);
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 2;
    auto add = [&](float px) -> ImFont* {
      if (font_bytes.empty()) {
        ImFontConfig fallback;
        fallback.SizePixels = px;
        return atlas_.AddFontDefault(&fallback);
      }
      return atlas_.AddFontFromMemoryTTF(const_cast<char*>(font_bytes.data()), int(font_bytes.size()), px, &config,
                                         ranges_.Data);
    };
    label = add(label_px);
    small = add(small_px);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas_.GetTexDataAsRGBA32(&pixels, &w, &h);
    if (!pixels || !label || !small) return;
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, GLuint(bound));
    atlas_.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)));
  }
  ~PictureFonts() {
    if (texture_) glDeleteTextures(1, &texture_);
  }
  PictureFonts(const PictureFonts&) = delete;
  PictureFonts& operator=(const PictureFonts&) = delete;
  bool ok() const { return texture_ != 0; }
  ImTextureID texture() const { return atlas_.TexID; }
  ImFont* label = nullptr;
  ImFont* small = nullptr;

 private:
  ImFontAtlas atlas_;
  ImVector<ImWchar> ranges_;
  GLuint texture_ = 0;
};

// An RGBA8 framebuffer of w x h, bound while it lives; the previous one bound again after.
class OffscreenTarget {
 public:
  OffscreenTarget(int w, int h) {
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_);
    glGenFramebuffers(1, &framebuffer_);
    glGenRenderbuffers(1, &colour_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    complete_ = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  }
  ~OffscreenTarget() {
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previous_));
    glDeleteRenderbuffers(1, &colour_);
    glDeleteFramebuffers(1, &framebuffer_);
  }
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;
  bool complete() const { return complete_; }

 private:
  GLint previous_ = 0;
  GLuint framebuffer_ = 0, colour_ = 0;
  bool complete_ = false;
};

// The pixels of the bound framebuffer, top row first (GL's first row is the bottom one), opaque.
std::vector<unsigned char> read_pixels(int w, int h) {
  const std::size_t row = std::size_t(w) * 4;
  std::vector<unsigned char> rgba(row * std::size_t(h)), swap(row);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  for (int y = 0; y < h / 2; ++y) {  // in place: a 4096 px picture is 40 MB
    unsigned char* top = &rgba[row * std::size_t(y)];
    unsigned char* bottom = &rgba[row * std::size_t(h - 1 - y)];
    std::copy_n(top, row, swap.data());
    std::copy_n(bottom, row, top);
    std::copy_n(swap.data(), row, bottom);
  }
  for (std::size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;  // blending leaves alpha below 1
  return rgba;
}

}  // namespace

PictureSize picture_size(int width_px, float view_w, float view_h, float dpi, int max_w, int max_h) {
  PictureSize s;
  const double aspect = double(std::max(1.0f, view_h)) / double(std::max(1.0f, view_w));
  double w = width_px > 0 ? double(width_px) : std::round(double(std::max(1.0f, view_w)) * std::max(1.0f, dpi));
  double h = std::round(w * aspect);
  s.max_width = max_w;
  s.max_height = max_h;
  const double fit = std::min({1.0, double(max_w) / w, double(max_h) / std::max(1.0, h)});
  if (fit < 1.0) {
    s.clamped = true;
    w = std::floor(w * fit);
    h = std::floor(w * aspect);
  }
  s.width = std::max(1, int(w));
  s.height = std::max(1, std::min(int(h), max_h));
  return s;
}

void PictureExport::request(int width_px) {
  requested_width_ = std::clamp(width_px, 0, kMaxWidth);
  pending_ = true;
}

std::string PictureExport::capture(GlobeView& globe, const std::string& font_bytes, const std::string& attribution) {
  pending_ = false;
  const double start = platform::now_seconds();
  const ImGuiIO& io = ImGui::GetIO();
  const float view_w = std::max(1.0f, io.DisplaySize.x), view_h = std::max(1.0f, io.DisplaySize.y);
  GLint max_renderbuffer = 0, max_viewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_renderbuffer);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, max_viewport);
  const PictureSize size =
      picture_size(requested_width_, view_w, view_h, io.DisplayFramebufferScale.x,
                   std::min(max_renderbuffer, max_viewport[0]), std::min(max_renderbuffer, max_viewport[1]));
  last_ = size;
  const int w = size.width, h = size.height;
  const float scale = float(w) / view_w;  // picture pixels per CSS pixel

  std::vector<std::string> texts = globe.placed_label_texts();
  texts.push_back(attribution);
  PictureFonts fonts(font_bytes, texts, GlobeView::kLabelSize * scale, kAttributionSize * scale);
  OffscreenTarget target(w, h);
  if (!fonts.ok() || !target.complete()) return ui::tr(ui::StringId::PictureFailed);

  glDisable(GL_SCISSOR_TEST);
  glViewport(0, 0, w, h);
  glClearColor(GlobeView::kBackground[0], GlobeView::kBackground[1], GlobeView::kBackground[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  globe.render_picture(w, h);

  // Labels and the attribution: one draw list in picture pixels for the ImGui renderer.
  ImDrawList list(ImGui::GetDrawListSharedData());
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(float(w), float(h)));
  list.PushTextureID(fonts.texture());
  globe.draw_picture_labels(&list, fonts.label, scale);
  label_boxes_.clear();
  for (const PlacedLabel& l : globe.placed_labels())
    for (float v : {l.x, l.y, l.width, l.height}) label_boxes_.push_back(v * scale);
  list.PopTextureID();
  const float margin = kMargin * scale, text_px = kAttributionSize * scale;
  const ImVec2 text_size =
      fonts.small->CalcTextSizeA(text_px, FLT_MAX, float(w) - 2.0f * margin, attribution.c_str());
  const ImVec2 text_at(margin, float(h) - margin * 0.75f - text_size.y);
  list.PushTextureID(io.Fonts->TexID);  // the app's atlas holds the white pixel for the band
  list.AddRectFilled(ImVec2(0, text_at.y - margin * 0.5f), ImVec2(float(w), float(h)), IM_COL32(4, 10, 22, 190));
  list.PopTextureID();
  list.PushTextureID(fonts.texture());
  list.AddText(fonts.small, text_px, text_at, IM_COL32(220, 228, 240, 255), attribution.c_str(), nullptr,
               float(w) - 2.0f * margin);
  list.PopTextureID();
  ImDrawData data;
  data.Valid = true;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(float(w), float(h));
  data.FramebufferScale = ImVec2(1, 1);
  data.AddDrawList(&list);
  ImGui_ImplOpenGL3_RenderDrawData(&data);

  const std::vector<unsigned char> rgba = read_pixels(w, h);
  capture_ms_ = (platform::now_seconds() - start) * 1000.0;
  ++count_;
  platform::save_png("twinning-atlas-globe-" + std::to_string(w) + "x" + std::to_string(h) + ".png", rgba, w, h);
  if (!size.clamped) return {};
  char notice[256];
  std::snprintf(notice, sizeof notice, ui::tr(ui::StringId::PictureClampedFormat), w, h, size.max_width, size.max_height);
  return notice;
}

std::string PictureExport::describe_json() const {
  nlohmann::json j;
  j["count"] = count_;
  j["pending"] = pending_;
  j["requested_width"] = requested_width_;
  j["width"] = last_.width;
  j["height"] = last_.height;
  j["clamped"] = last_.clamped;
  j["max"] = {last_.max_width, last_.max_height};
  j["capture_ms"] = capture_ms_;
  j["label_boxes"] = label_boxes_;  // flat: x, y, width, height per label
  return j.dump();
}

}  // namespace atlas
