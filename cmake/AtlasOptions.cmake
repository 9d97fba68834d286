# Compiler flags set in one place: warnings for our own targets, sanitizers, and the
# Emscripten flags every wasm target shares.
function(atlas_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(ATLAS_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(ATLAS_FUZZ)
    # Coverage for libFuzzer without its main(); the fuzz targets link -fsanitize=fuzzer.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
  endif()
  if(EMSCRIPTEN)
    # The wasm build cannot catch exceptions: core code must not rely on them.
    target_link_options(${target} PRIVATE -sDISABLE_EXCEPTION_CATCHING=1 -sALLOW_MEMORY_GROWTH=1)
  endif()
endfunction()
