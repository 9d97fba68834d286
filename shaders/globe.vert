// Globe pass: a tessellated unit sphere (position and equirectangular texture coordinate
// per vertex, back faces culled), so the fragment shader needs no ray cast, no inverse
// trig and no derivatives; light is computed per vertex.
in vec3 a_pos;
in vec2 a_uv;  // (lon + 180) / 360, (90 - lat) / 180
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform vec3 u_sun;  // unit, world space
out vec2 v_uv;
out vec3 v_light;    // x: diffuse factor, y: specular, z: rim (smooth at this tessellation)
void main() {
  vec3 n = a_pos;
  vec3 dir = normalize(a_pos - u_eye);
  vec3 h = normalize(u_sun - dir);
  v_light = vec3(0.62 + 0.48 * max(dot(n, u_sun), 0.0), pow(max(dot(n, h), 0.0), 40.0),
                 pow(1.0 - max(dot(n, -dir), 0.0), 3.0));
  v_uv = a_uv;
  gl_Position = u_view_proj * vec4(a_pos, 1.0);
}
