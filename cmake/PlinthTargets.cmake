# Shared settings for every Plinth target: warnings (errors in CI) and the translatable-source registry.

function(plinth_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wformat=2)
  # Not -Wnull-dereference: at -O2 GCC 12 reports it inside inlined Boost.Asio code (false positives).
  if(PLINTH_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Sources whose tr() strings belong in translations/*.ts; read by translations/CMakeLists.txt.
function(plinth_translatable_sources)
  foreach(src IN LISTS ARGN)
    cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE OUTPUT_VARIABLE abs)
    set_property(GLOBAL APPEND PROPERTY PLINTH_TR_SOURCES "${abs}")
  endforeach()
endfunction()
