// Lines on or above the globe (country borders, world-network arcs); hidden behind it.
in vec3 a_pos;
in vec4 a_color;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec4 u_tint;
out vec4 v_color;
void main() {
  float vis = globe_visibility(a_pos, u_eye);
  v_color = a_color * u_tint;
  v_color.a *= vis;
  vec4 clip = u_view_proj * vec4(a_pos, 1.0);
  gl_Position = vis > 0.0 ? clip : culled(clip);
}
