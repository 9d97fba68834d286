// A disc with a dark outline (readable on land and sea), a white ring when in focus.
in vec2 v_corner;
in vec4 v_color;
in float v_radius;
in float v_focus;
out vec4 frag_color;
void main() {
  float d = length(v_corner);
  float alpha = clamp(v_radius - d + 0.5, 0.0, 1.0);
  if (alpha <= 0.0) discard;
  vec3 outline = mix(vec3(0.02, 0.04, 0.08), vec3(1.0), v_focus);
  float edge = smoothstep(v_radius - 1.6 - v_focus, v_radius - 0.6 - v_focus, d);
  vec3 colour = mix(v_color.rgb, outline, edge * 0.85);
  frag_color = vec4(colour, v_color.a * alpha);
}
