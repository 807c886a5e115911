# Warnings on and clean: every target of ours calls leap_target_defaults().
function(leap_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                           -Wnon-virtual-dtor -Wcast-qual -Wformat=2)
  if(LEAP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                               QT_USE_QSTRINGBUILDER)
endfunction()
