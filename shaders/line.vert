// World-network arcs as lines above the globe, hidden behind it. The hovered town's arcs
// (u_focus, a town id, or -1) are drawn in full and the others dimmed.
in vec3 a_pos;
in vec4 a_color;
in vec2 a_towns;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec4 u_tint;
uniform float u_focus;
out vec4 v_color;
void main() {
  float vis = globe_visibility(a_pos, u_eye);
  float focus = same_id(a_towns.x, u_focus) || same_id(a_towns.y, u_focus) ? 1.0 : 0.0;
  float dim = u_focus >= 0.0 ? 0.35 : 1.0;
  v_color = a_color * u_tint;
  v_color.a = mix(v_color.a * dim, 1.0, focus) * vis;
  vec4 clip = u_view_proj * vec4(a_pos, 1.0);
  gl_Position = vis > 0.0 ? clip : culled(clip);
}
