// Coverage of a ribbon line from the distance to its centre line (about one pixel of ramp).
in vec4 v_color;
in float v_side;
in float v_half;
out vec4 frag_color;
void main() {
  float coverage = clamp(v_half - abs(v_side) + 0.5, 0.0, 1.0);
  frag_color = vec4(v_color.rgb, v_color.a * coverage);
}
