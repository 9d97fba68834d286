// Globe surface: ocean and land from the coverage mask (one bilinear lookup at a level of
// detail chosen per frame from the zoom: no per-pixel derivatives, no trilinear blend),
// a smooth, antialiased coast with a faint outline, soft light from the viewer's upper
// left and an atmosphere rim. The graticule is line geometry (GlobeRenderer), not shading:
// in software GL every instruction here is paid for a million pixels.
in vec2 v_uv;
in vec3 v_light;
out vec4 frag_color;

uniform sampler2D u_land;        // coverage, row 0 = north
uniform float u_land_lod;        // mip level for the view's pixel size
uniform float u_world_mode;      // 1: world mode palette

void main() {
  float m = textureLod(u_land, v_uv, u_land_lod).r;
  float land = smoothstep(0.42, 0.58, m);
  float coast = 1.0 - smoothstep(0.0, 0.128, abs(m - 0.5));

  vec3 ocean = mix(vec3(0.035, 0.085, 0.165), vec3(0.055, 0.125, 0.225), min(m, 0.5) * 1.6);
  vec3 land_colour = mix(vec3(0.165, 0.205, 0.235), vec3(0.140, 0.175, 0.205), u_world_mode);
  vec3 colour = mix(ocean, land_colour, land);
  colour = mix(colour, vec3(0.32, 0.42, 0.52), coast * 0.55);

  colour *= v_light.x;
  colour += vec3(0.10, 0.16, 0.24) * v_light.y * (1.0 - land);
  colour = mix(colour, vec3(0.35, 0.60, 1.0), v_light.z * 0.55);
  frag_color = vec4(colour, 1.0);
}
