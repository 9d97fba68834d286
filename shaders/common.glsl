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

// A vertex that must not draw keeps its screen position but goes behind the far plane:
// a line or triangle it shares with a visible vertex is then clipped short near the
// visible one, instead of stretching towards one fixed offscreen point.
vec4 culled(vec4 clip) { return vec4(clip.xy, 2.0 * abs(clip.w) + 1.0, clip.w); }
