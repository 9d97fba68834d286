// Ray-cast globe on a deep-space background: ocean, land from the coverage mask (smooth,
// antialiased coast with a faint outline), a 10-degree graticule, soft light from the
// viewer's upper left, and an atmosphere rim inside and a glow outside the limb.
in vec2 v_ndc;
out vec4 frag_color;

uniform mat4 u_inv_view_proj;
uniform vec3 u_eye;
uniform vec3 u_sun;              // unit, world space
uniform sampler2D u_land;        // coverage, row 0 = north
uniform float u_graticule;       // graticule opacity
uniform float u_world_mode;      // 1: world mode palette

vec3 sky(vec2 ndc) {
  vec3 top = vec3(0.016, 0.027, 0.055);
  vec3 bottom = vec3(0.040, 0.066, 0.115);
  return mix(bottom, top, ndc.y * 0.5 + 0.5);
}

float sample_land(vec3 n) {
  float u1 = atan(n.x, n.z) / (2.0 * kPi) + 0.5;
  float u2 = fract(u1 + 0.5);
  float v = 0.5 - asin(clamp(n.y, -1.0, 1.0)) / kPi;
  // Use the derivative of whichever u is continuous here (no seam line at 180 degrees).
  vec2 dx1 = vec2(dFdx(u1), dFdx(v)), dy1 = vec2(dFdy(u1), dFdy(v));
  vec2 dx2 = vec2(dFdx(u2), dFdx(v)), dy2 = vec2(dFdy(u2), dFdy(v));
  bool use2 = abs(dx2.x) + abs(dy2.x) < abs(dx1.x) + abs(dy1.x);
  return textureGrad(u_land, vec2(u1, v), use2 ? dx2 : dx1, use2 ? dy2 : dy1).r;
}

float grid_line(float deg, float step_deg) {
  float d = abs(fract(deg / step_deg + 0.5) - 0.5) * step_deg;  // degrees to the nearest line
  float w = max(fwidth(deg), 1e-4);
  return 1.0 - smoothstep(0.0, w * 1.2, d);
}

void main() {
  vec4 far_point = u_inv_view_proj * vec4(v_ndc, 1.0, 1.0);
  vec3 dir = normalize(far_point.xyz / far_point.w - u_eye);
  float b = dot(u_eye, dir);
  float c = dot(u_eye, u_eye) - 1.0;
  float closest = sqrt(max(dot(u_eye, u_eye) - b * b, 0.0));  // ray's closest approach to the centre
  vec3 background = sky(v_ndc);
  float glow = exp(-max(closest - 1.0, 0.0) * 14.0) * 0.55 + exp(-max(closest - 1.0, 0.0) * 4.0) * 0.12;
  background += vec3(0.28, 0.52, 1.0) * glow * step(0.0, -b);

  // Sphere hit (the closest point when the ray misses, for a smooth limb).
  float disc = b * b - c;
  float t = -b - sqrt(max(disc, 0.0));
  vec3 n = normalize(u_eye + dir * t);
  // Everything below runs for every pixel (derivatives need uniform control flow).
  float coverage = clamp((1.0 - closest) / max(fwidth(closest), 1e-6) + 0.5, 0.0, 1.0) * step(b, 0.0);

  float m = sample_land(n);
  float aa = max(fwidth(m), 0.02);
  float land = smoothstep(0.5 - aa, 0.5 + aa, m);
  float coast = 1.0 - smoothstep(0.0, aa * 1.6, abs(m - 0.5));

  vec3 ocean_deep = vec3(0.035, 0.085, 0.165);
  vec3 ocean_shelf = vec3(0.055, 0.125, 0.225);
  vec3 ocean = mix(ocean_deep, ocean_shelf, smoothstep(0.0, 0.5, m) * 0.8);
  vec3 land_colour = mix(vec3(0.165, 0.205, 0.235), vec3(0.140, 0.175, 0.205), u_world_mode);
  vec3 colour = mix(ocean, land_colour, land);
  colour = mix(colour, vec3(0.32, 0.42, 0.52), coast * 0.55);

  float lat = degrees(asin(clamp(n.y, -1.0, 1.0)));
  float lon = degrees(atan(n.x, n.z));
  float grid = max(grid_line(lat, 10.0), grid_line(lon, 10.0) * (1.0 - smoothstep(75.0, 85.0, abs(lat))));
  colour = mix(colour, vec3(0.45, 0.60, 0.80), grid * u_graticule);

  float diffuse = max(dot(n, u_sun), 0.0);
  colour *= 0.62 + 0.48 * diffuse;
  vec3 h = normalize(u_sun - dir);
  colour += vec3(0.10, 0.16, 0.24) * pow(max(dot(n, h), 0.0), 40.0) * (1.0 - land);
  float rim = pow(1.0 - max(dot(n, -dir), 0.0), 3.0);
  colour = mix(colour, vec3(0.35, 0.60, 1.0), rim * 0.55);

  frag_color = vec4(mix(background, colour, coverage), 1.0);
}
