# Writes one shell completion script by running the built program:
#   cmake -DSKINCARE=path/to/skincare -DSHELL_NAME=bash -DOUTPUT=file -P generate_completion.cmake
# The scripts are fixed text; SKINCARE_CONTENT is unset all the same, so a
# broken content tree in the environment cannot fail the build.
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
