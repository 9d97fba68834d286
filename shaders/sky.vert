// Full-screen triangle from gl_VertexID; passes screen coordinates in [-1,1].
out vec2 v_screen;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
  v_screen = p;
  gl_Position = vec4(p, 0.0, 1.0);
}
