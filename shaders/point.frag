// A disc with a dark outline (readable on land and sea); a white ring around the hovered
// or selected town, a gold ring around the towns of a highlighted ego network or path.
in vec2 v_corner;
in vec4 v_color;
in float v_radius;
in float v_focus;
in float v_ring;
out vec4 frag_color;
void main() {
  float d = length(v_corner);
  float alpha = clamp(v_radius - d + 0.5, 0.0, 1.0);
  if (alpha <= 0.0) discard;
  float ring_width = v_ring > 0.5 ? 2.2 : 1.0;
  vec3 outline = v_ring > 1.5 ? vec3(1.0) : v_ring > 0.5 ? vec3(1.0, 0.92, 0.45) : vec3(0.02, 0.04, 0.08);
  float edge = smoothstep(v_radius - ring_width - 0.6, v_radius - ring_width + 0.4, d);
  vec3 colour = mix(v_color.rgb, outline, edge * (v_ring > 0.5 ? 1.0 : 0.85));
  frag_color = vec4(colour, v_color.a * alpha);
}
