// Shared prelude of every shader (after the #version line the platform adds).
precision highp float;
precision highp int;
