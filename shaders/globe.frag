// Globe surface: ocean, land from the coverage mask (one plain mipmapped lookup; smooth,
// antialiased coast with a faint outline), a 10-degree graticule from the interpolated
// latitude/longitude, soft light from the viewer's upper left and an atmosphere rim.
// Edges are antialiased with smoothstep over about a pixel (no MSAA needed); the pixel
// size comes from the camera as a uniform rather than from per-pixel derivatives.
in vec2 v_uv;
in vec2 v_lat_lon;
in vec3 v_light;
out vec4 frag_color;

uniform sampler2D u_land;        // coverage, row 0 = north
uniform float u_graticule;       // graticule opacity
uniform float u_world_mode;      // 1: world mode palette
uniform float u_deg_per_px;      // degrees of arc per pixel at the view centre

float grid_line(float deg, float step_deg, float w) {
  float d = abs(fract(deg / step_deg + 0.5) - 0.5) * step_deg;  // degrees to the nearest line
  return 1.0 - smoothstep(0.0, w, d);
}

void main() {
  float m = texture(u_land, v_uv).r;
  float aa = 0.08;
  float land = smoothstep(0.5 - aa, 0.5 + aa, m);
  float coast = 1.0 - smoothstep(0.0, aa * 1.6, abs(m - 0.5));

  vec3 ocean_deep = vec3(0.035, 0.085, 0.165);
  vec3 ocean_shelf = vec3(0.055, 0.125, 0.225);
  vec3 ocean = mix(ocean_deep, ocean_shelf, smoothstep(0.0, 0.5, m) * 0.8);
  vec3 land_colour = mix(vec3(0.165, 0.205, 0.235), vec3(0.140, 0.175, 0.205), u_world_mode);
  vec3 colour = mix(ocean, land_colour, land);
  colour = mix(colour, vec3(0.32, 0.42, 0.52), coast * 0.55);

  float lat = v_lat_lon.x;
  float w = u_deg_per_px * 1.2;
  float lon_w = w / max(cos(radians(lat)), 0.05);
  float grid = max(grid_line(lat, 10.0, w), grid_line(v_lat_lon.y, 10.0, lon_w) * (1.0 - smoothstep(75.0, 85.0, abs(lat))));
  colour = mix(colour, vec3(0.45, 0.60, 0.80), grid * u_graticule);

  colour *= v_light.x;
  colour += vec3(0.10, 0.16, 0.24) * v_light.y * (1.0 - land);
  colour = mix(colour, vec3(0.35, 0.60, 1.0), v_light.z * 0.55);
  frag_color = vec4(colour, 1.0);
}
