"""The init script's own check of the inputs that reach the node, rendered from the rules.

:func:`render` returns a bash fragment defining ``ca_setting_problem NAME VALUE``: for an
environment variable the cluster passes to the init script (``facts.NODE_ENV_VARS`` and
``DATABRICKS_HOST``) it prints the rule's message, the very line Terraform prints, and returns 1
when VALUE breaks the rule; it returns 0 otherwise, and for any other NAME. The caller decides
what an unset variable means (the init script applies its default and skips the check). It
also defines ``ca_bundle_setting_problem NAME VALUE``, the same for the rules across inputs that
hold once an offline bundle is set (``bundle_rules``: claude_code_version must be exact).

Each rule's pattern is written in the subset Python, RE2 and POSIX ERE read alike; here
``\\x00-\\x1f\\x7f`` (control characters) becomes ``[:cntrl:]`` and the match runs with
``LC_ALL=C``, so it compares bytes as Python compares characters for the ASCII patterns, and
non-ASCII text is never a control character in either.

    python -m coding_assistants.shell_checks      # print the fragment
"""

from __future__ import annotations

import shlex

from coding_assistants import facts, rules
from coding_assistants.props import CLUSTER_RULES

_CONTROL = r"\x00-\x1f\x7f"


def node_rules() -> dict[str, tuple[rules.Rule, ...]]:
    """Environment variable name -> the rules its value must keep, in the table's order. Rules
    across inputs are left to the installer's ``load_config``, which knows the combination."""
    table = {
        env: tuple(r for r in CLUSTER_RULES if r.field == prop and "{var[" not in r.condition)
        for prop, env in facts.NODE_ENV_VARS.items()
    }
    table[facts.ENV_DATABRICKS_HOST] = (rules.workspace_host(),)
    return table


def bundle_rules() -> dict[str, tuple[rules.Rule, ...]]:
    """Environment variable name -> the rules across inputs that its value must keep once
    OFFLINE_BUNDLE_PATH is set (each rule's ``pattern`` is the value's shape then)."""
    table: dict[str, list[rules.Rule]] = {}
    for rule in rules.offline_bundle_rules():
        if "{var[offline_bundle_path]}" in rule.condition and rule.pattern is not None:
            table.setdefault(facts.NODE_ENV_VARS[rule.field], []).append(rule)
    return {env: tuple(rule_list) for env, rule_list in table.items()}


def ere(pattern: str) -> str:
    """``pattern`` as a whole-value POSIX extended regular expression for bash's ``=~``."""
    return "^(" + pattern.replace(_CONTROL, "[:cntrl:]") + ")$"


def _case(env: str, rule_list: tuple[rules.Rule, ...]) -> list[str]:
    lines = [f"    {env})"]
    for rule in rule_list:
        if rule.pattern is None:
            raise ValueError(f"{rule.field}: rule {rule.problem!r} has no pattern for bash")
        lines += [
            f"      re={shlex.quote(ere(rule.pattern))}",
            f"      [[ $value =~ $re ]] || {{ printf '%s\\n' {shlex.quote(rule.message())}; "
            "return 1; }",
        ]
    return [*lines, "      ;;"]


def _function(
    name: str, about: list[str], rules_by_env: dict[str, tuple[rules.Rule, ...]]
) -> list[str]:
    """The bash function ``name NAME VALUE`` over ``rules_by_env``, after its comment lines."""
    lines = [
        *about,
        f"{name}() {{",
        "  local name=$1 value=$2 re LC_ALL=C",
        "  case $name in",
    ]
    for env, rule_list in rules_by_env.items():
        lines += _case(env, rule_list)
    return [*lines, "  esac", "  return 0", "}"]


def render() -> str:
    """The bash fragment that defines ``ca_setting_problem`` and ``ca_bundle_setting_problem``."""
    general = [
        "# ca_setting_problem NAME VALUE: print the problem and return 1 when VALUE breaks the",
        "# rule of the node setting NAME; return 0 otherwise (and for unknown names).",
        "# Generated from coding_assistants/rules.py by coding_assistants/shell_checks.py.",
    ]
    bundle = [
        "# ca_bundle_setting_problem NAME VALUE: the same for the rules that hold only with an",
        "# offline bundle (OFFLINE_BUNDLE_PATH set), such as an exact claude_code_version.",
    ]
    lines = [
        *_function("ca_setting_problem", general, node_rules()),
        *_function("ca_bundle_setting_problem", bundle, bundle_rules()),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
