// Shared prelude of every shader (after the #version line the platform adds).
precision highp float;
precision highp int;

const float kPi = 3.14159265358979;

// How visible a point p (|p| >= 1, world space) is from the eye: 1 when the straight line
// to it passes beside the unit globe, 0 when the globe hides it, smooth in between.
float globe_visibility(vec3 p, vec3 eye) {
  vec3 d = p - eye;
  float s = clamp(-dot(eye, d) / dot(d, d), 0.0, 1.0);
  float closest = length(eye + s * d);
  return smoothstep(0.9985, 1.0, closest);
}

// Ids (towns, points, arcs) travel as floats: equal when within half a unit. An id of -1
// (nothing hovered or selected) matches none.
bool same_id(float a, float b) { return abs(a - b) < 0.5; }

// One edge vertex of a screen-space ribbon (arcs, borders): p's clip position pushed
// `side` (-1/+1) times `extent` drawable pixels along the normal of the tangent as seen on
// screen (the tangent projected over `step` world units).
vec4 ribbon_vertex(mat4 view_proj, vec3 p, vec3 tangent, float step, float side, float extent, vec2 viewport) {
  vec4 c0 = view_proj * vec4(p, 1.0);
  vec4 c1 = view_proj * vec4(p + tangent * step, 1.0);
  vec2 dir = c1.xy / c1.w * viewport - c0.xy / c0.w * viewport;
  dir = length(dir) > 1e-6 ? normalize(dir) : vec2(1.0, 0.0);
  c0.xy += vec2(-dir.y, dir.x) * side * extent * 2.0 / viewport * c0.w;
  return c0;
}

// A vertex that must not draw keeps its screen position but goes behind the far plane:
// a line or triangle it shares with a visible vertex is then clipped short near the
// visible one, instead of stretching towards one fixed offscreen point.
vec4 culled(vec4 clip) { return vec4(clip.xy, 2.0 * abs(clip.w) + 1.0, clip.w); }
