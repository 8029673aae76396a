# Writes one shell completion script by running the built program:
#   cmake -DSKINCARE=path/to/skincare -DSHELL_NAME=bash -DOUTPUT=file -P generate_completion.cmake
# The script comes from the program's own commands and its built-in content,
# so the environment must not point it at another content tree.
unset(ENV{SKINCARE_CONTENT})
execute_process(
  COMMAND "${SKINCARE}" completion "${SHELL_NAME}"
  OUTPUT_FILE "${OUTPUT}.tmp"
  ERROR_VARIABLE error
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "skincare completion ${SHELL_NAME} failed (${status}): ${error}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
