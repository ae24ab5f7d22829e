# WW_FUZZ=ON: instrument everything of ours (the library included) for libFuzzer, ASan and UBSan.
# Qt and the system libraries stay uninstrumented; ASan still sees our reads and writes into their buffers.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WW_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -gline-tables-only)
add_link_options(-fsanitize=address,undefined)
