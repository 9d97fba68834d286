// Atmosphere glow: strongest at the limb, where it also softens the globe's edge, fading
// out inwards over a few pixels and outwards over the glow.
in float v_r;
out vec4 frag_color;
void main() {
  float inside = smoothstep(0.985, 1.0, v_r);
  float outside = exp(-max(v_r - 1.0, 0.0) * 38.0) * 0.75 + exp(-max(v_r - 1.0, 0.0) * 12.0) * 0.18;
  float a = inside * min(1.0, outside);
  frag_color = vec4(vec3(0.30, 0.55, 1.0), a);
}
