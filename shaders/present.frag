// Shows the globe's cached image (render/frame_cache.h): one unfiltered texel per pixel,
// the image having the drawable's size. Cheaper than a framebuffer blit in software GL.
uniform sampler2D u_image;
out vec4 frag_color;
void main() { frag_color = texelFetch(u_image, ivec2(gl_FragCoord.xy), 0); }
