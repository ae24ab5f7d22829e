# One INTERFACE target carries the project's strictness; every target of ours links it.
add_library(ww_options INTERFACE)
add_library(Wirewatch::Options ALIAS ww_options)
target_compile_definitions(ww_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(ww_options INTERFACE
    -Wall -Wextra -Wpedantic -Wimplicit-fallthrough -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2)
if(WW_WERROR)
    target_compile_options(ww_options INTERFACE -Werror)
endif()
if(CMAKE_BUILD_TYPE STREQUAL "Asan")
    target_compile_options(ww_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ww_options INTERFACE -fsanitize=address,undefined)
endif()

# Many build trees share one compiler cache (developers keep several side by side).
find_program(WW_CCACHE ccache)
if(WW_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${WW_CCACHE})
endif()
