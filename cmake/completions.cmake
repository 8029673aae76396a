# Shell completion scripts: written at build time by the built binary
# (`skincare completion SHELL`). They are fixed and small; on each TAB they
# ask the installed program (`skincare __complete WORD...`) for candidates.
#
#   bash  ${CMAKE_INSTALL_DATADIR}/bash-completion/completions/skincare
#   zsh   ${SKINCARE_ZSH_COMPLETION_DIR}/_skincare
#   fish  ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d/skincare.fish

set(SKINCARE_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/site-functions" CACHE STRING
    "Where to install the zsh completion (the Debian package uses share/zsh/vendor-completions)")

set(_skincare_completions_dir "${CMAKE_CURRENT_BINARY_DIR}/completions")
set(_skincare_completion_files
  bash "${_skincare_completions_dir}/skincare"
  zsh "${_skincare_completions_dir}/_skincare"
  fish "${_skincare_completions_dir}/skincare.fish")
set(_skincare_completion_outputs)
while(_skincare_completion_files)
  list(POP_FRONT _skincare_completion_files _shell _file)
  add_custom_command(
    OUTPUT "${_file}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_skincare_completions_dir}"
    COMMAND "${CMAKE_COMMAND}" "-DSKINCARE=$<TARGET_FILE:skincare>" "-DSHELL_NAME=${_shell}" "-DOUTPUT=${_file}"
            -P "${CMAKE_CURRENT_LIST_DIR}/generate_completion.cmake"
    DEPENDS skincare "${CMAKE_CURRENT_LIST_DIR}/generate_completion.cmake"
    COMMENT "Generating the ${_shell} completion script"
    VERBATIM)
  list(APPEND _skincare_completion_outputs "${_file}")
endwhile()
add_custom_target(skincare_completions ALL DEPENDS ${_skincare_completion_outputs})

install(FILES "${_skincare_completions_dir}/skincare"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${_skincare_completions_dir}/_skincare" DESTINATION "${SKINCARE_ZSH_COMPLETION_DIR}")
install(FILES "${_skincare_completions_dir}/skincare.fish"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
