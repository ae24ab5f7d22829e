# WW_FUZZ=ON: the harnesses and the part of the library they reach (fuzz/CMakeLists.txt) are instrumented for
# libFuzzer, ASan and UBSan. Any undefined behaviour aborts (-fno-sanitize-recover), so libFuzzer keeps the
# input. Qt and the system libraries stay uninstrumented; ASan still sees our reads and writes into their
# buffers. The rest of the project is configured as usual and not built by tools/fuzz.sh.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WW_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
# -O1 (as OSS-Fuzz builds): less compile time than -O2 under ASan, and clearer reports. Assertions are on
# (-UNDEBUG -UQT_NO_DEBUG) so a broken Q_ASSERT, ours or in Qt's inline code, is a finding too.
set(WW_FUZZ_COMPILE_OPTIONS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -gline-tables-only -O1 -UNDEBUG -UQT_NO_DEBUG)
set(WW_FUZZ_LINK_OPTIONS -fsanitize=address,undefined)
