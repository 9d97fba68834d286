// Antialiased lines on the globe (country borders, graticule) as ribbons: each polyline
// vertex comes twice (a_side -1/+1) and is pushed sideways in screen space along the normal
// of its tangent, so the width is in pixels at every zoom and a polyline is one continuous
// strip (no doubled joints). Hidden behind the globe like line.vert.
in vec3 a_pos;
in vec3 a_tangent;
in float a_side;
in vec4 a_color;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec2 u_viewport;  // drawable pixels
uniform float u_width;    // drawable pixels
uniform vec4 u_tint;
out vec4 v_color;
out float v_side;  // device pixels from the centre line
out float v_half;
void main() {
  float vis = globe_visibility(a_pos, u_eye);
  vec4 c0 = u_view_proj * vec4(a_pos, 1.0);
  vec4 c1 = u_view_proj * vec4(a_pos + a_tangent * 0.001, 1.0);
  vec2 dir = c1.xy / c1.w * u_viewport - c0.xy / c0.w * u_viewport;
  dir = length(dir) > 1e-6 ? normalize(dir) : vec2(1.0, 0.0);
  float extent = u_width * 0.5 + 0.75;  // plus the antialiasing margin
  c0.xy += vec2(-dir.y, dir.x) * a_side * extent * 2.0 / u_viewport * c0.w;
  v_color = a_color * u_tint;
  v_color.a *= vis;
  v_side = a_side * extent;
  v_half = u_width * 0.5;
  gl_Position = vis > 0.0 && c0.w > 0.0 ? c0 : culled(c0);
}
