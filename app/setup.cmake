# leap-entra-setup: a thin main.cpp over the libraries. With no command it opens the wizard
# (leap_pages); with a command it runs the command line (leap_cli) without any widget code.
# --sandbox starts the in-process sandbox tenant (leap_sandbox).
# LEAP_SETUP_WIZARD=OFF builds a command-line-only binary (headless servers, faster CLI builds).
option(LEAP_SETUP_WIZARD "Link the graphical wizard into leap-entra-setup" ON)
add_executable(leap-entra-setup ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp)
target_link_libraries(leap-entra-setup PRIVATE leap_cli Qt6::Core Qt6::Gui Qt6::Network)
target_compile_definitions(leap-entra-setup PRIVATE
                           LEAP_VERSION="${PROJECT_VERSION}")
if(LEAP_SETUP_WIZARD AND TARGET leap_pages AND EXISTS ${PROJECT_SOURCE_DIR}/wizard/pages/setupwizard.h)
  target_link_libraries(leap-entra-setup PRIVATE leap_pages Qt6::Widgets)
  target_compile_definitions(leap-entra-setup PRIVATE LEAP_HAVE_PAGES)
endif()
if(TARGET leap_sandbox)
  target_link_libraries(leap-entra-setup PRIVATE leap_sandbox)
  target_compile_definitions(leap-entra-setup PRIVATE LEAP_HAVE_SANDBOX)
endif()
leap_target_defaults(leap-entra-setup)
