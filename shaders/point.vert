// Towns: pre-expanded quads (four vertices per town, plain draw) grown to a pixel radius
// in screen space; the hovered and selected towns grow and get a white ring, towns of the
// highlighted ego network or path (a_highlight) get a ring in the highlight colour.
in vec3 a_pos;
in vec2 a_corner;
in float a_radius;
in float a_id;
in float a_highlight;
in vec4 a_color;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec2 u_viewport;   // drawable pixels
uniform float u_scale;     // device pixels per CSS pixel times the zoom size factor
uniform float u_hover;     // point id or -1
uniform float u_selected;  // point id or -1
out vec2 v_corner;
out vec4 v_color;
out float v_radius;  // device pixels (disc, without the AA margin)
out float v_focus;
out float v_ring;  // 0 none, 1 highlight ring, 2 focus ring
void main() {
  float vis = globe_visibility(a_pos * 1.001, u_eye);
  float focus = same_id(a_id, u_hover) || same_id(a_id, u_selected) ? 1.0 : 0.0;
  float r = a_radius * u_scale * (1.0 + 0.5 * focus) + (2.0 * focus + 2.5 * a_highlight * (1.0 - focus)) * u_scale;
  vec4 clip = u_view_proj * vec4(a_pos, 1.0);
  float margin = 1.5;
  clip.xy += a_corner * (r + margin) * 2.0 / u_viewport * clip.w;
  gl_Position = vis > 0.05 ? clip : culled(clip);
  v_corner = a_corner * (r + margin);
  v_radius = r;
  v_color = a_color;
  v_color.a *= vis;
  v_focus = focus;
  v_ring = focus > 0.5 ? 2.0 : a_highlight > 0.5 ? 1.0 : 0.0;
}
