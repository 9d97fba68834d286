// The per-frame values every globe renderer reads (camera, viewport, focus). A frame
// changes only these; vertex data changes only with the data or the VisibleSet.
#pragma once

#include <glm/glm.hpp>

namespace atlas {

struct FrameUniforms {
  glm::mat4 view_proj{1.0f};
  glm::vec3 eye{0.0f, 0.0f, 3.0f};
  glm::vec3 sun{0.0f, 0.0f, 1.0f};
  glm::vec2 viewport{1.0f, 1.0f};  // drawable pixels
  float scale = 1.0f;              // device pixels per CSS pixel (x zoom size factor for points)
  float hover_point = -1.0f;       // point id under the pointer, or -1
  float selected_point = -1.0f;
  float hover_arc = -1.0f;
  float dash_period = 0.01f;       // arc radians per dash
  float deg_per_px = 0.05f;        // degrees of arc per drawable pixel at the view centre
  bool show_suggested = true;
  bool world_mode = false;
  bool operator==(const FrameUniforms& o) const {
    return view_proj == o.view_proj && eye == o.eye && sun == o.sun && viewport == o.viewport && scale == o.scale &&
           hover_point == o.hover_point && selected_point == o.selected_point && hover_arc == o.hover_arc &&
           dash_period == o.dash_period && deg_per_px == o.deg_per_px && show_suggested == o.show_suggested &&
           world_mode == o.world_mode;
  }
};

}  // namespace atlas
