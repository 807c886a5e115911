# leap-entra-sandbox: serves the offline sandbox tenant (sandbox/) as its own process.
add_executable(leap-entra-sandbox ${CMAKE_CURRENT_SOURCE_DIR}/sandbox_main.cpp)
target_link_libraries(leap-entra-sandbox PRIVATE leap_sandbox Qt6::Core Qt6::Network)
target_compile_definitions(leap-entra-sandbox PRIVATE LEAP_VERSION="${PROJECT_VERSION}")
leap_target_defaults(leap-entra-sandbox)
install(TARGETS leap-entra-sandbox RUNTIME DESTINATION bin)
