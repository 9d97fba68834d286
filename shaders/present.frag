// Shows the globe's cached image (render/frame_cache.h): one unfiltered texel per pixel
// when it has the drawable's size, bilinear scaling when it was drawn at a reduced
// resolution (scene/adaptive_resolution.h). Cheaper than a framebuffer blit in software GL.
uniform sampler2D u_image;
uniform vec2 u_inv_target;  // 1 / drawable size in pixels; 0 when the sizes match
out vec4 frag_color;
void main() {
  frag_color = u_inv_target.x > 0.0 ? texture(u_image, gl_FragCoord.xy * u_inv_target)
                                     : texelFetch(u_image, ivec2(gl_FragCoord.xy), 0);
}
