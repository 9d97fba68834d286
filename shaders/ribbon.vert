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
  float extent = u_width * 0.5 + 0.75;  // plus the antialiasing margin
  vec4 c0 = ribbon_vertex(u_view_proj, a_pos, a_tangent, 0.001, a_side, extent, u_viewport);
  v_color = a_color * u_tint;
  v_color.a *= vis;
  v_side = a_side * extent;
  v_half = u_width * 0.5;
  gl_Position = vis > 0.0 && c0.w > 0.0 ? c0 : culled(c0);
}
