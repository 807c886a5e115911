# Warnings on and clean: every target of ours calls leap_target_defaults().
function(leap_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual
                                           -Wformat=2)
  # Shadowing locals only (members and parameters named alike are the Qt idiom). GCC spells it
  # -Wshadow=local; clang (the fuzz build) has the closest equivalent under another name.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wshadow=local)
  elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(${target} PRIVATE -Wshadow-uncaptured-local)
  endif()
  if(LEAP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                               QT_USE_QSTRINGBUILDER)
endfunction()
