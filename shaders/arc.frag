// Antialiased ribbon edge; unverified links dashed (period in arc radians, set per zoom).
in vec4 v_color;
in float v_side;
in float v_half;
in float v_along;
in float v_dashed;
uniform float u_dash_period;
out vec4 frag_color;
void main() {
  float alpha = clamp(v_half - abs(v_side) + 0.5, 0.0, 1.0);
  if (v_dashed > 0.5) {
    float phase = fract(v_along / u_dash_period);
    float w = fwidth(v_along / u_dash_period);
    alpha *= smoothstep(0.0, w, phase) * (1.0 - smoothstep(0.55 - w, 0.55, phase));
  }
  if (alpha * v_color.a <= 0.0) discard;
  frag_color = vec4(v_color.rgb, v_color.a * alpha);
}
