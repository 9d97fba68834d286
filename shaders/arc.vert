// Partnership arcs as ribbons: each centre-line vertex comes twice (a_side -1/+1) and is
// pushed sideways in screen space, so widths are in pixels at every zoom. Kind, focus and
// dimming are decided here from uniforms: a frame changes only uniforms.
in vec3 a_pos;
in vec3 a_tangent;
in float a_side;
in float a_along;
in float a_kind;
in float a_town_a;
in float a_town_b;
in float a_arc;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec2 u_viewport;
uniform float u_scale;
uniform float u_hover;       // point id or -1
uniform float u_selected;    // point id or -1
uniform float u_hover_arc;   // arc id or -1
uniform float u_show_suggested;
uniform vec4 u_colors[6];    // per ArcKind
uniform float u_widths[6];   // CSS pixels per ArcKind
out vec4 v_color;
out float v_side;
out float v_half;   // half width in device pixels, without the AA margin
out float v_along;
out float v_dashed;

void main() {
  int kind = int(a_kind + 0.5);
  vec3 p = a_pos * 1.0015;
  float vis = globe_visibility(p, u_eye);
  bool any_focus = u_hover >= 0.0 || u_selected >= 0.0 || u_hover_arc >= 0.0;
  bool focus = same_id(a_town_a, u_hover) || same_id(a_town_b, u_hover) || same_id(a_town_a, u_selected) ||
               same_id(a_town_b, u_selected) || same_id(a_arc, u_hover_arc);
  vec4 colour = u_colors[kind];
  float width = u_widths[kind];
  if (any_focus) {
    if (focus) {
      colour.a = min(1.0, colour.a * 1.6 + 0.25);
      colour.rgb = mix(colour.rgb, vec3(1.0), 0.25);
      width += 1.6;
    } else {
      colour.a *= 0.09;  // the rest dimmed well back: hundreds of arcs overlap
    }
  }
  if (kind == 2 && u_show_suggested < 0.5) vis = 0.0;
  colour.a *= vis;

  float half_width = width * 0.5 * u_scale;
  float extent = half_width + 0.75;  // the antialiasing margin
  vec4 c0 = ribbon_vertex(u_view_proj, p, a_tangent, 0.01, a_side, extent, u_viewport);
  gl_Position = vis > 0.0 && c0.w > 0.0 ? c0 : culled(c0);
  v_color = colour;
  v_side = a_side * extent;
  v_half = half_width;
  v_along = a_along;
  v_dashed = kind == 1 ? 1.0 : 0.0;
}
