// skincare: learn whether microneedling suits you, and why.
#include "cli/cli.h"

int main(int argc, char** argv) { return skincare::cli::run(argc, argv); }
