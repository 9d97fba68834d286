// Deep-space gradient: darker at the top, a soft blue glow towards the centre.
in vec2 v_screen;
out vec4 frag_color;
void main() {
  vec3 top = vec3(0.020, 0.035, 0.070);
  vec3 bottom = vec3(0.055, 0.090, 0.150);
  vec3 color = mix(bottom, top, v_screen.y * 0.5 + 0.5);
  float glow = exp(-2.2 * dot(v_screen, v_screen));
  color += vec3(0.03, 0.06, 0.11) * glow;
  frag_color = vec4(color, 1.0);
}
