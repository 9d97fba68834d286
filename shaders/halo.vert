// Atmosphere halo: a flat ring in the plane of the globe's silhouette, facing the camera.
// a_ring.x is the angle around the silhouette, a_ring.y runs from just inside the limb
// (0) to the outer edge of the glow (1). Only this ring is drawn around the globe; the
// rest of the background is the clear colour (no full-screen pass).
in vec2 a_ring;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
out float v_r;  // distance from the globe's screen centre in silhouette radii
const float kInner = 0.985, kOuter = 1.16;
void main() {
  float d = max(length(u_eye), 1.0001);
  vec3 f = u_eye / d;
  vec3 e1 = normalize(cross(f, abs(f.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0)));
  vec3 e2 = cross(f, e1);
  float radius = sqrt(1.0 - 1.0 / (d * d));
  float r = mix(kInner, kOuter, a_ring.y);
  vec3 p = f / d + (e1 * cos(a_ring.x) + e2 * sin(a_ring.x)) * radius * r;
  v_r = r;
  gl_Position = u_view_proj * vec4(p, 1.0);
}
