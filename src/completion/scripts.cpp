#include "completion/scripts.h"

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/errors.h"
#include "base/escape.h"

namespace skincare {

namespace {

constexpr const char* kBash = R"(# bash completion for skincare (printed by `skincare completion bash`).
# Each TAB asks the program itself, `skincare __complete WORD...`, so the
# words offered always match the program and the content in use.
_skincare() {
  local line=${COMP_LINE:0:COMP_POINT} word answer action list candidate
  local -a words
  read -ra words <<< "$line"
  [[ $line == *[[:space:]] ]] && words+=("")
  word=${words[${#words[@]}-1]}
  answer=$(command "${words[0]}" __complete "${words[@]:1}" 2>/dev/null) || return 0
  action=${answer%%$'\n'*}
  list=
  [[ $answer == *$'\n'* ]] && list=${answer#*$'\n'}
  # bash completes only the part after the last = or : of a word (COMP_WORDBREAKS).
  local keep=${word%"${word##*[=:]}"}
  local current=${word#"$keep"}
  COMPREPLY=()
  case $action in
    files | dirs)
      compopt -o filenames 2>/dev/null
      local flag=-f
      [[ $action == dirs ]] && flag=-d
      while IFS= read -r candidate; do COMPREPLY+=("$candidate"); done < <(compgen "$flag" -- "$current")
      ;;
    words | prefix)
      [[ -n $list ]] || return 0
      while IFS= read -r candidate; do
        candidate=${candidate%%$'\t'*}
        COMPREPLY+=("${candidate#"$keep"}")
      done <<< "$list"
      [[ $action == prefix ]] && compopt -o nospace 2>/dev/null
      ;;
  esac
  return 0
}
complete -F _skincare skincare
)";

constexpr const char* kZsh = R"(#compdef skincare
# zsh completion for skincare (printed by `skincare completion zsh`).
# Each TAB asks the program itself, `skincare __complete WORD...`, so the
# words offered always match the program and the content in use.
# Installed as _skincare in a folder of $fpath, or: source <(skincare completion zsh)
_skincare() {
  local answer line
  local -a lines candidates displays
  answer=$(command ${words[1]} __complete "${(@)words[2,CURRENT-1]}" "$PREFIX" 2>/dev/null) || return 1
  lines=("${(@f)answer}")
  case $lines[1] in
    files) _files ;;
    dirs) _files -/ ;;
    words | prefix)
      for line in "${(@)lines[2,-1]}"; do
        candidates+=("${line%%$'\t'*}")
        if [[ $line == *$'\t'* ]]; then
          displays+=("${line%%$'\t'*}  -- ${line#*$'\t'}")
        else
          displays+=("$line")
        fi
      done
      (( ${#candidates} )) || return 1
      if [[ $lines[1] == prefix ]]; then
        compadd -l -S '' -d displays -a candidates
      else
        compadd -l -d displays -a candidates
      fi
      ;;
    *) return 1 ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _skincare "$@"  # autoloaded from $fpath
else
  compdef _skincare skincare  # sourced
fi
)";

constexpr const char* kFish = R"(# fish completion for skincare (printed by `skincare completion fish`).
# Each TAB asks the program itself, `skincare __complete WORD...`, so the
# words offered always match the program and the content in use.
function __skincare_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l answer (command $tokens[1] __complete $tokens[2..-1] "$current" 2>/dev/null)
    or return
    switch "$answer[1]"
        case files
            __fish_complete_path "$current"
        case dirs
            __fish_complete_directories "$current" ''
        case words prefix
            printf '%s\n' $answer[2..-1]
    end
end

complete -c skincare -f -a '(__skincare_complete)'
)";

}  // namespace

const std::vector<std::pair<std::string, std::string>>& completion_shells() {
  static const std::vector<std::pair<std::string, std::string>> shells = {
      {"bash", "Bash completion script"}, {"zsh", "Zsh completion script"}, {"fish", "Fish completion script"}};
  return shells;
}

std::string completion_script(const std::string& shell) {
  if (shell == "bash") return kBash;
  if (shell == "zsh") return kZsh;
  if (shell == "fish") return kFish;
  std::vector<std::string> names;
  for (const auto& known : completion_shells()) names.push_back(known.first);
  throw UsageError(fmt::format("unknown shell '{}'{}; choose bash, zsh or fish", escape_controls(shell),
                               did_you_mean(closest_names(shell, names, 1))));
}

}  // namespace skincare
